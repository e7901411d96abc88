import { expect, test } from "@playwright/test";

// The public API over HTTP: open CORS, rate-limit headers, problem details, and never
// an unpublished person or a restricted fact.
test.describe("public API", () => {
  test("lists published prisoners with CORS and rate-limit headers", async ({ request }) => {
    const response = await request.get("/api/v1/prisoners?limit=2");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(Number(response.headers()["ratelimit-limit"])).toBeGreaterThan(0);
    expect(Number(response.headers()["ratelimit-remaining"])).toBeGreaterThanOrEqual(0);
    const body = await response.json();
    expect(body.data).toHaveLength(2);
    expect(typeof body.nextCursor).toBe("string");
    const next = await (await request.get(`/api/v1/prisoners?limit=50&cursor=${body.nextCursor}`)).json();
    const all = [...body.data, ...next.data].map((p: { slug: string }) => p.slug);
    expect(all).toContain("maria-kalesnikava");
    expect(all).not.toContain("unpublished-example");
    expect(new Set(all).size).toBe(all.length);
  });

  test("answers 404 for a hidden person and 400 for bad input, as problem details", async ({ request }) => {
    const hidden = await request.get("/api/v1/prisoners/unpublished-example");
    expect(hidden.status()).toBe(404);
    expect(hidden.headers()["content-type"]).toContain("application/problem+json");
    expect(await hidden.text()).not.toContain("Unpublished");
    const bad = await request.get("/api/v1/prisoners?limit=5000");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).detail).toContain("limit");
  });

  test("never returns restricted data", async ({ request }) => {
    for (const path of [
      "/api/v1/prisoners?limit=200",
      "/api/v1/prisoners/maria-kalesnikava",
      "/api/v1/sources/demo-source-002",
      "/api/v1/openapi.json",
    ]) {
      const body = await (await request.get(path)).text();
      expect(body, path).not.toContain("CANARY-RESTRICTED");
      expect(body, path).not.toContain("Sister reports her health");
    }
  });

  test("serves its OpenAPI document", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/prisoners/{slug}");
  });
});
