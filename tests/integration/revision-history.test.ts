// Issue 12: an imported or import-updated case's history page answered 500 ("Cannot read
// properties of undefined (reading 'fields')"): the importer wrote revisions in a shape
// the history reader did not know. Every path now writes through one typed writer
// (lib/revisions/write.ts), the database refuses other shapes, and the readers parse.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import { NotFound } from "../../lib/errors/app-error";
import type { Actor } from "../../lib/auth/session-user";
import { applyImport } from "../../lib/import/apply";
import { autoMap } from "../../lib/import/fields";
import { planImport } from "../../lib/import/plan";
import { readSheet } from "../../lib/import/read-sheet";
import { revisionShape } from "../../lib/revisions/shape";
import { createTestDatabase, type TestDatabase } from "../support/database";

const HEADER = "ID,Name,Імя па-беларуску,Date of birth,Detention date,Articles,Sentence,Prison,Release date";
const FIRST = `${HEADER}
B-1,Ihar Lednik,Ігар Леднік,12.03.1985,15.06.2021,342 ч.1,3 years,Penal colony No. 3,
`;
const UPDATED = `${HEADER}
B-1,Ihar Lednik,Ігар Леднік,12.03.1985,15.06.2021,342 ч.1,3 years,Prison No. 8,2025-12-13
`;

describe("one revision writer, readers that parse", () => {
  let test: TestDatabase;
  let history: typeof import("../../lib/revisions/queries");
  let restore: typeof import("../../lib/revisions/mutations");
  let cases: typeof import("../../lib/cases/mutations");
  let caseworker: Actor;
  let admin: Actor;

  async function importCsv(text: string) {
    const sheet = await readSheet("list.csv", Buffer.from(text));
    const mapping = autoMap(sheet.headers);
    const plan = await planImport(test.db, sheet, mapping);
    await applyImport(test.db, sheet, mapping, {
      fileName: "list.csv",
      actorId: caseworker.id,
      confirmed: plan.counts,
    });
  }

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    history = await import("../../lib/revisions/queries");
    restore = await import("../../lib/revisions/mutations");
    cases = await import("../../lib/cases/mutations");
    const actor = async (email: string) => {
      const u = await test.db.user.findUniqueOrThrow({ where: { email } });
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    };
    caseworker = await actor("caseworker@casebook.test");
    admin = await actor("admin@casebook.test");
    await test.db.legalArticle.create({
      data: {
        code: "Criminal Code",
        article: "342",
        part: "1",
        title: "Gross violation of public order",
        jurisdiction: "BY",
      },
    });
  });
  afterAll(() => test.drop());

  it("an imported, then import-updated case's history reads, with what changed, and its changes can be undone", async () => {
    await importCsv(FIRST);
    await importCsv(UPDATED);
    const ihar = await test.db.person.findUniqueOrThrow({ where: { externalId: "B-1" } });

    // Every stored revision is in the one shape.
    const stored = await test.db.revision.findMany({ where: { personId: ihar.id } });
    for (const r of stored) expect(revisionShape.safeParse(r).success, JSON.stringify(r)).toBe(true);
    expect(new Set(stored.map((r) => r.entityType))).toEqual(
      new Set(["person", "nameVariant", "prosecution", "charge", "sentence", "detentionEpisode", "placement"]),
    );

    const { entries } = await history.caseHistory(caseworker, ihar.slug);
    expect(entries.length).toBe(stored.length);
    const release = entries.find((e) => e.entityLabel === "Detention" && e.summary.includes("updated"));
    expect(release?.changes.map((c) => c.field)).toEqual(expect.arrayContaining(["releaseDate"]));
    expect(release?.by).toBe(caseworker.name);
    expect(release?.restorable).toBe(true);
    const created = entries.filter((e) => e.entityLabel === "Person").at(-1);
    expect(created?.changes.find((c) => c.field === "displayName")?.after).toBe("Ihar Lednik");

    // Undoing the import's release brings back the open detention.
    await restore.restoreRevision(caseworker, release!.id);
    const detention = await test.db.detentionEpisode.findFirstOrThrow({ where: { personId: ihar.id } });
    expect(detention).toMatchObject({ released: false, releaseDate: null });
  });

  it("the database refuses a revision in another shape, whatever writes it", async () => {
    const person = await test.db.person.findFirstOrThrow({ where: { externalId: "B-1" } });
    await expect(
      test.db.revision.create({
        data: { entityType: "Person", entityId: person.id, personId: person.id, version: 9, after: { id: person.id } },
      }),
    ).rejects.toThrow(/revision_entity_type_known/);
    await expect(
      test.db.revision.create({
        data: { entityType: "person", entityId: person.id, personId: person.id, version: 9, after: { changes: ["x"] } },
      }),
    ).rejects.toThrow(/revision_sides_are_rows/);
    await expect(
      test.db.revision.create({ data: { entityType: "person", entityId: person.id, personId: person.id, version: 9 } }),
    ).rejects.toThrow(/revision_keeps_a_row/);
  });

  it("no code writes revisions except the one writer", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated" && entry.name !== "node_modules") walk(file);
        } else if (
          /\.tsx?$/.test(entry.name) &&
          !entry.name.endsWith(".test.ts") &&
          file !== "lib/revisions/write.ts"
        ) {
          const text = fs.readFileSync(file, "utf8");
          if (
            /\.revision\.(create|createMany|createManyAndReturn|upsert|update|updateMany)\(|INSERT INTO "?revision/i.test(
              text,
            )
          )
            offenders.push(file);
        }
      }
    };
    for (const dir of ["lib", "app", "scripts", "prisma"]) walk(dir);
    expect(offenders).toEqual([]);
  });

  it("a deleted case's history is 404 except to admins", async () => {
    const person = await test.db.person.findUniqueOrThrow({ where: { externalId: "B-1" } });
    await cases.setDeleted(caseworker, person.id, true, null);
    await expect(history.caseHistory(caseworker, person.slug)).rejects.toBeInstanceOf(NotFound);
    const { entries } = await history.caseHistory(admin, person.slug);
    expect(entries[0]?.summary).toBe("Deleted the case");
  });
});
