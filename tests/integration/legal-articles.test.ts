import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../lib/auth/permissions";
import type { Actor } from "../../lib/auth/session-user";
import { NotFound } from "../../lib/errors/app-error";
import * as mutations from "../../lib/legal-articles/mutations";
import * as queries from "../../lib/legal-articles/queries";
import { useTestDatabase } from "../support/database";
import { seedActors } from "../support/factories";

describe("legal articles", () => {
  const test = useTestDatabase();
  let actors: Record<Role, Actor>;
  beforeAll(async () => {
    actors = await seedActors(test.db);
  });

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
