import { describe, expect, it } from "vitest";

// With the database unreachable (nothing listens on the port), the public API answers 503
// with Retry-After, not 500; readiness answers 503 within its timeout; liveness stays 200,
// so an orchestrator does not restart healthy processes during a database outage.
process.env.DATABASE_URL = "postgresql://casebook:none@127.0.0.1:1/casebook";
process.env.CASEBOOK_DB_POOL_WAIT_MS = "1000";

describe("database down", () => {
  it("the API answers 503 with Retry-After as problem details", async () => {
    const { GET } = await import("../../app/api/v1/prisoners/route");
    const response = await GET(new Request("http://127.0.0.1:3000/api/v1/prisoners"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 503, title: "Service unavailable" });
  });

  it("readiness answers 503, liveness 200", async () => {
    const ready = await (await import("../../app/api/health/ready/route")).GET();
    expect(ready.status).toBe(503);
    const live = (await import("../../app/api/health/live/route")).GET();
    expect(live.status).toBe(200);
  });
});
