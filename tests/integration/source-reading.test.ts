import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../lib/auth/permissions";
import type { Actor } from "../../lib/auth/session-user";
import { NotFound } from "../../lib/errors/app-error";
import * as queries from "../../lib/sources/queries";
import { useTestDatabase } from "../support/database";
import { seedActors, seedPerson, seedSource, type SeededPerson, type SeededSource } from "../support/factories";

describe("reading a source in the workspace", () => {
  const test = useTestDatabase();
  let actors: Record<Role, Actor>;
  let kalesnikava: SeededPerson;
  let article: SeededSource;
  beforeAll(async () => {
    actors = await seedActors(test.db);
    // A real report that spells her name four ways and also names Maksim Znak.
    const text = fs.readFileSync("prisma/seed/articles/003_062c9b54ee38ab7c.txt", "utf8");
    article = await seedSource(test.db, { text, passage: text.slice(0, 40) });
    kalesnikava = await seedPerson(test.db, {
      displayName: "Maria Kalesnikava",
      names: [
        { text: "Maryia Kalesnikava", script: "LATN", language: "be" },
        { text: "Марыя Калеснікава", script: "CYRL", language: "be" },
      ],
    });
    await seedPerson(test.db, { displayName: "Maksim Znak" });
    await seedPerson(test.db, { displayName: "Ihar Losik" }); // not in the article
  });

  it("links every spelling of a known person to their record and lists who is mentioned", async () => {
    const { people, mentions } = await queries.getSourceForReading(actors.CASEWORKER, article.id);
    expect(people.map((p) => p.displayName)).toEqual(["Maria Kalesnikava", "Maksim Znak"]);
    const spellings = new Set(mentions.filter((m) => m.personId === kalesnikava.id).map((m) => m.text));
    expect([...spellings]).toEqual(
      expect.arrayContaining(["Maria Kalesnikava", "Maryia Kalesnikava", "Maryia Kalesnikova", "Kalesnikava"]),
    );
  });

  it("answers not found for a source the role may not read", async () => {
    await test.db.source.update({ where: { id: article.id }, data: { visibility: "RESTRICTED" } });
    await expect(queries.getSourceForReading(actors.CAMPAIGNER, article.id)).rejects.toThrow(NotFound);
    expect((await queries.getSourceForReading(actors.CASEWORKER, article.id)).people.length).toBeGreaterThan(0);
  });
});
