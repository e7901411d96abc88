// The client's address for rate limiting: the first X-Forwarded-For hop when a proxy set
// it (deployments behind a load balancer), else X-Real-IP, else "unknown".
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip") || "unknown").slice(0, 100);
}
