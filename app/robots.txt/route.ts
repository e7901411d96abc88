export function GET(request: Request) {
  const origin = new URL(request.url).origin;
  // Search result pages are many and thin; the case pages are what should be indexed.
  const body = ["User-agent: *", "Allow: /", "Disallow: /prisoners?", "Disallow: /api/", `Sitemap: ${origin}/sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
