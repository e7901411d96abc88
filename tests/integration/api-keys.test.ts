import { beforeAll, describe, expect, it } from "vitest";
import * as list from "../../app/api/v1/prisoners/route";
import * as route from "../../app/api/v1/prisoners/[slug]/route";
import * as admin from "../../lib/api/key-admin";
import type { Role } from "../../lib/auth/permissions";
import type { Actor } from "../../lib/auth/session-user";
import { NotFound } from "../../lib/errors/app-error";
import { refreshPublicPerson } from "../../lib/publication/projection";
import { sealColumns } from "../../lib/vault/seal";
import { useTestDatabase } from "../support/database";
import { seedActors, seedPerson, type SeededPerson } from "../support/factories";

// Partner keys: hashed at rest, revocable, internal scope reads internal facts and
// unpublished records but never restricted data, and every use is audited.
describe("partner API keys", () => {
  const test = useTestDatabase();
  let actors: Record<Role, Actor>;
  let kalesnikava: SeededPerson;
  let unpublished: SeededPerson;
  beforeAll(async () => {
    actors = await seedActors(test.db);
    kalesnikava = await seedPerson(test.db, {
      displayName: "Maria Kalesnikava",
      held: true,
      names: [{ text: "Марыя Калеснікава", script: "CYRL", language: "be" }],
      events: [{ title: "Sister reports her health is rapidly declining", date: "2025-01-10", visibility: "INTERNAL" }],
    });
    // Restricted data that no key may ever read: a relative's contact details and a health note.
    // Sealed as the workspace stores them (issue 14: the database refuses them in plain text).
    await test.db.relative.create({
      data: (await sealColumns(test.db, "relative", {
        personId: kalesnikava.id,
        name: "Sister",
        relation: "sister",
        contactDetails: "CANARY-RESTRICTED phone",
        contactVisibility: "RESTRICTED",
      })) as { personId: string; name: string; relation: string },
    });
    await test.db.healthNote.create({
      data: (await sealColumns(test.db, "healthNote", {
        personId: kalesnikava.id,
        text: "Her health is rapidly declining, with limited access to doctors",
        visibility: "RESTRICTED",
      })) as { personId: string; text: string },
    });
    await refreshPublicPerson(test.db, kalesnikava.id);
    await seedPerson(test.db, { displayName: "Maksim Znak", held: true });
    await seedPerson(test.db, { displayName: "Ales Bialiatski" }); // released: not held
    unpublished = await seedPerson(test.db, { displayName: "Unpublished Example", published: false });
  });

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
    const response = await get(kalesnikava.slug, key);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = await response.text();
    expect(body).toContain("Sister reports her health is rapidly declining"); // an internal timeline event
    expect(body).not.toContain("CANARY-RESTRICTED");
    expect(body).not.toContain("rapidly declining, with limited access"); // the restricted health note
    expect((await get(unpublished.slug, key)).status).toBe(200);
    const uses = await test.db.auditEntry.findMany({ where: { action: "api.use" } });
    expect(uses.length).toBe(2);
    expect(uses[0]?.details).toMatchObject({ path: `/api/v1/prisoners/${kalesnikava.slug}` });
  });

  it("with public scope, or none, read only public data; a revoked or unknown key is refused", async () => {
    const key = await newKey("public");
    for (const k of [key, undefined]) {
      const body = await (await get(kalesnikava.slug, k)).text();
      expect(body).not.toContain("Sister reports her health");
      expect((await get(unpublished.slug, k)).status).toBe(404);
    }
    const stored = await test.db.apiKey.findFirstOrThrow({
      where: { name: "Partner public" },
      orderBy: { createdAt: "desc" },
    });
    await admin.revokeApiKey(actors.ADMIN, stored.id);
    expect((await get(kalesnikava.slug, key)).status).toBe(401);
    expect((await get(kalesnikava.slug, "cbk_not-a-real-key")).status).toBe(401);
  });

  it("lists with the directory's filters, including a search in any spelling", async () => {
    const response = await list.GET(
      new Request(
        "https://casebook.example/api/v1/prisoners?q=%D0%9A%D0%B0%D0%BB%D0%B5%D1%81%D0%BD%D1%96%D0%BA%D0%B0%D0%B2%D0%B0",
      ),
    );
    const body = await response.json();
    expect(body.data.map((p: { slug: string }) => p.slug)).toEqual([kalesnikava.slug]);
    const held = await (await list.GET(new Request("https://casebook.example/api/v1/prisoners?custody=held"))).json();
    expect(held.data.map((p: { name: string }) => p.name).sort()).toEqual(["Maksim Znak", "Maria Kalesnikava"]);
  });
});
