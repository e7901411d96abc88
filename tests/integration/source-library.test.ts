import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFound } from "../../lib/errors/app-error";
import type { Actor } from "../../lib/auth/session-user";
import { seedDemo } from "../../prisma/seed/load-demo";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("source library", () => {
  let test: TestDatabase;
  let mutations: typeof import("../../lib/sources/mutations");
  let queries: typeof import("../../lib/sources/queries");
  const actors = {} as Record<"ADMIN" | "CASEWORKER" | "CAMPAIGNER", Actor>;
  const base = {
    title: "Family statement on a transfer",
    language: "en",
    type: "FAMILY_STATEMENT",
    reliability: "MEDIUM",
    visibility: "PUBLIC",
  };

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    mutations = await import("../../lib/sources/mutations");
    queries = await import("../../lib/sources/queries");
    Object.assign(actors, await demoActors(test.db));
  });
  afterAll(() => test.drop());

  it("adds a pasted source, publishes it to the public side only when public, and finds it by its words", async () => {
    const result = await mutations.createSource(actors.CASEWORKER, {
      ...base,
      text: "The family learned on 3 March that he had been moved to a colony far from home.",
    });
    expect(result.status).toBe("saved");
    const id = result.status === "saved" ? result.id : "";
    expect(await test.db.publicSource.findUnique({ where: { sourceId: id } })).not.toBeNull();
    const internal = await mutations.createSource(actors.CASEWORKER, {
      ...base,
      title: "Internal memo",
      visibility: "INTERNAL",
      text: "A note from a lawyer's visit that must not be published yet, kept for the record.",
    });
    expect(
      internal.status === "saved" && (await test.db.publicSource.findUnique({ where: { sourceId: internal.id } })),
    ).toBeNull();
    expect(
      (await queries.listSources(actors.CAMPAIGNER, { q: "colony far from home" })).sources.map((s) => s.title),
    ).toEqual(["Family statement on a transfer"]);
  });

  it("filters the library by type, reliability, visibility and language, within what the role may read", async () => {
    const titles = async (actor: keyof typeof actors, filter: Parameters<typeof queries.listSources>[1]) =>
      (await queries.listSources(actors[actor], filter)).sources.map((s) => s.title).sort();
    expect(await titles("CASEWORKER", { type: "FAMILY_STATEMENT" })).toEqual([
      "Family statement on a transfer",
      "Internal memo",
    ]);
    expect(await titles("CASEWORKER", { type: "FAMILY_STATEMENT", visibility: "INTERNAL" })).toEqual(["Internal memo"]);
    expect(await titles("CASEWORKER", { reliability: "HIGH", type: "NGO_STATEMENT" })).toEqual([
      "Encouraging news on the end to isolation of Maria Kalesnikava",
    ]);
    expect(await titles("CASEWORKER", { reliability: "HIGH", type: "NEWS" })).toEqual([]);
    expect(await titles("CASEWORKER", { language: "ru" })).toEqual([]);
    const { languages } = await queries.listSources(actors.CASEWORKER, {});
    expect(languages).toContain("en");
  });

  it("extracts the article from an uploaded page, and flags a copy of a source already in the library", async () => {
    const html = fs.readFileSync("tests/fixtures/saved-article-003.html", "utf8");
    const duplicate = await mutations.createSource(
      actors.CASEWORKER,
      { ...base, title: "Amnesty blog post" },
      { page: new Blob([html]) },
    );
    expect(duplicate.status).toBe("duplicate");
    expect(duplicate.status === "duplicate" && duplicate.duplicates[0]).toMatchObject({ id: "demo-source-003" });
    const saved = await mutations.createSource(
      actors.CASEWORKER,
      { ...base, title: "Amnesty blog post" },
      { page: new Blob([html]), confirmDuplicate: true },
    );
    expect(saved.status).toBe("saved");
    const stored = await test.db.source.findUniqueOrThrow({ where: { id: saved.status === "saved" ? saved.id : "" } });
    expect(stored.text).toContain("Maryia Kalesnikava was forcibly disappeared on 7 September 2020.");
    expect(stored.text).not.toContain("Donate");
  });

  it("explains what to fix and saves nothing; campaigners cannot add sources", async () => {
    const before = await test.db.source.count();
    expect(await mutations.createSource(actors.CASEWORKER, { ...base, text: "Too short" })).toMatchObject({
      status: "invalid",
      errors: { text: expect.stringContaining("Paste the source") },
    });
    expect(
      await mutations.createSource(actors.CASEWORKER, {
        ...base,
        url: "not a url",
        text: "A long enough text for a source in the library, really.",
      }),
    ).toMatchObject({ status: "invalid", errors: { url: expect.any(String) } });
    expect(
      await mutations.createSource(
        actors.CASEWORKER,
        { ...base, text: "" },
        { page: new Blob(["<html><body><nav>Home</nav></body></html>"]) },
      ),
    ).toMatchObject({ status: "invalid", errors: { html: expect.stringContaining("Paste the text instead") } });
    await expect(
      mutations.createSource(actors.CAMPAIGNER, {
        ...base,
        text: "A long enough text for a source in the library, really.",
      }),
    ).rejects.toThrow(NotFound);
    expect(await test.db.source.count()).toBe(before);
  });
});
