import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFound } from "../../lib/errors/app-error";
import type { Actor } from "../../lib/auth/session-user";
import { seedDemo } from "../../prisma/seed/load-demo";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Partner keys: hashed at rest, revocable, internal scope reads internal facts and
// unpublished records but never restricted data, and every use is audited.
describe("partner API keys", () => {
  let test: TestDatabase;
  let admin: typeof import("../../lib/api/key-admin");
  let route: typeof import("../../app/api/v1/prisoners/[slug]/route");
  let list: typeof import("../../app/api/v1/prisoners/route");
  const actors = {} as Record<"ADMIN" | "CASEWORKER" | "CAMPAIGNER", Actor>;

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    admin = await import("../../lib/api/key-admin");
    route = await import("../../app/api/v1/prisoners/[slug]/route");
    list = await import("../../app/api/v1/prisoners/route");
    Object.assign(actors, await demoActors(test.db));
  });
  afterAll(() => test.drop());

  const get = (slug: string, key?: string) =>
    route.GET(
      new Request(`https://casebook.example/api/v1/prisoners/${slug}`, {
        headers: key ? { Authorization: `Bearer ${key}` } : {},
      }),
      { params: Promise.resolve({ slug }) },
    );

  async function newKey(scope: "public" | "internal") {
    const created = await admin.createApiKey(actors.ADMIN, { name: `Partner ${scope}`, scope });
    if (!created.ok) throw new Error(JSON.stringify(created));
    return created.key;
  }

  it("are created by admins only and stored as hashes", async () => {
    await expect(admin.createApiKey(actors.CASEWORKER, { name: "X", scope: "public" })).rejects.toThrow(NotFound);
    expect(await admin.createApiKey(actors.ADMIN, { name: "", scope: "public" })).toEqual({
      ok: false,
      errors: { name: "Name the partner or purpose" },
    });
    const key = await newKey("public");
    const stored = await test.db.apiKey.findFirstOrThrow({ where: { name: "Partner public" } });
    expect(stored.keyHash).not.toContain(key);
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(key.startsWith(stored.prefix)).toBe(true);
  });

  it("with internal scope read internal facts and unpublished records, never restricted ones, and each use is audited", async () => {
    const key = await newKey("internal");
    const response = await get("maria-kalesnikava", key);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = await response.text();
    expect(body).toContain("Sister reports her health is rapidly declining"); // an internal timeline event
    expect(body).not.toContain("CANARY-RESTRICTED");
    expect(body).not.toContain("rapidly declining, with limited access"); // the restricted health note
    expect((await get("unpublished-example", key)).status).toBe(200);
    const uses = await test.db.auditEntry.findMany({ where: { action: "api.use" } });
    expect(uses.length).toBe(2);
    expect(uses[0]?.details).toMatchObject({ path: "/api/v1/prisoners/maria-kalesnikava" });
  });

  it("with public scope, or none, read only public data; a revoked or unknown key is refused", async () => {
    const key = await newKey("public");
    for (const k of [key, undefined]) {
      const body = await (await get("maria-kalesnikava", k)).text();
      expect(body).not.toContain("Sister reports her health");
      expect((await get("unpublished-example", k)).status).toBe(404);
    }
    const stored = await test.db.apiKey.findFirstOrThrow({
      where: { name: "Partner public" },
      orderBy: { createdAt: "desc" },
    });
    await admin.revokeApiKey(actors.ADMIN, stored.id);
    expect((await get("maria-kalesnikava", key)).status).toBe(401);
    expect((await get("maria-kalesnikava", "cbk_not-a-real-key")).status).toBe(401);
  });

  it("lists with the directory's filters, including a search in any spelling", async () => {
    const response = await list.GET(
      new Request(
        "https://casebook.example/api/v1/prisoners?q=%D0%9A%D0%B0%D0%BB%D0%B5%D1%81%D0%BD%D1%96%D0%BA%D0%B0%D0%B2%D0%B0",
      ),
    );
    const body = await response.json();
    expect(body.data.map((p: { slug: string }) => p.slug)).toEqual(["maria-kalesnikava"]);
    const held = await (await list.GET(new Request("https://casebook.example/api/v1/prisoners?custody=held"))).json();
    expect(held.data.map((p: { slug: string }) => p.slug).sort()).toEqual(["maksim-znak", "syarhey-tsikhanouski"]);
  });
});
