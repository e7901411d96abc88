import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFound } from "../../lib/errors/app-error";
import type { Actor } from "../../lib/auth/session-user";
import { seedDemo } from "../../prisma/seed/load-demo";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("legal articles", () => {
  let test: TestDatabase;
  let mutations: typeof import("../../lib/legal-articles/mutations");
  let queries: typeof import("../../lib/legal-articles/queries");
  const actors = {} as Record<"ADMIN" | "CASEWORKER" | "CAMPAIGNER", Actor>;
  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    mutations = await import("../../lib/legal-articles/mutations");
    queries = await import("../../lib/legal-articles/queries");
    Object.assign(actors, await demoActors(test.db));
  });
  afterAll(() => test.drop());

  it("lets a caseworker add an article once, with field errors for bad or duplicate input", async () => {
    const input = {
      jurisdiction: "by",
      code: "Criminal Code",
      article: "342",
      part: "1",
      title: "Gross violation of public order",
    };
    expect((await mutations.createLegalArticle(actors.CASEWORKER, input)).status).toBe("saved");
    expect(await mutations.createLegalArticle(actors.CASEWORKER, input)).toEqual({
      status: "invalid",
      errors: { article: "This article (and part) is already listed." },
    });
    expect(await mutations.createLegalArticle(actors.CASEWORKER, { ...input, article: "three" })).toEqual({
      status: "invalid",
      errors: { article: "Enter the article number, e.g. 342 or 361-1." },
    });
    const invalid = await mutations.createLegalArticle(actors.CASEWORKER, { ...input, title: "" });
    expect(invalid.status === "invalid" && Object.keys(invalid.errors)).toEqual(["title"]);
    const listed = await queries.listLegalArticles(actors.CAMPAIGNER);
    expect(listed.map((a) => [a.jurisdiction, a.article, a.part])).toEqual([["BY", "342", "1"]]);
  });

  it("refuses a campaigner, who may read but not edit", async () => {
    await expect(
      mutations.createLegalArticle(actors.CAMPAIGNER, {
        jurisdiction: "BY",
        code: "Criminal Code",
        article: "130",
        title: "Incitement",
      }),
    ).rejects.toThrow(NotFound);
  });
});
