// Issue 12: two caseworkers saving different parts of one case at the same moment lost an
// edit ("duplicate key … public_person_pkey" while the public copy was rebuilt, or "Unable
// to start a transaction in the given time"); of 50 concurrent saves to 50 items, 9
// succeeded. These replay that through saveItem, as the form's server action calls it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import type { Actor } from "../../lib/auth/session-user";
import { createTestDatabase, type TestDatabase } from "../support/database";

const PERSON = "demo-maksim-znak";

describe("concurrent saves to one case", () => {
  let test: TestDatabase;
  let m: typeof import("../../lib/cases/mutations");
  let r: typeof import("../../lib/revisions/mutations");
  let caseworker: Actor;

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    m = await import("../../lib/cases/mutations");
    r = await import("../../lib/revisions/mutations");
    const u = await test.db.user.findUniqueOrThrow({ where: { email: "caseworker@casebook.test" } });
    caseworker = { id: u.id, email: u.email, name: u.name, role: u.role };
  });
  afterAll(() => test.drop());

  const eventValues = (title: string) => ({ type: "STATEMENT", date: "2024-05-01", title, visibility: "PUBLIC" });

  it("50 concurrent saves to 50 items of one published person all succeed, each with its revision", async () => {
    expect((await test.db.person.findUniqueOrThrow({ where: { id: PERSON } })).published).toBe(true);
    const created = [];
    for (let i = 0; i < 50; i++) {
      const result = await m.saveItem(caseworker, "timelineEvent", {
        personId: PERSON,
        values: eventValues(`Statement ${i}`),
      });
      if (result.status !== "saved") throw new Error(`setup save ${i} answered ${result.status}`);
      created.push(result);
    }
    const revisionsBefore = await test.db.revision.count({ where: { personId: PERSON } });

    const results = await Promise.all(
      created.map((item, i) =>
        m
          .saveItem(caseworker, "timelineEvent", {
            personId: PERSON,
            id: item.id,
            version: item.version,
            values: eventValues(`Statement ${i}, edited`),
          })
          .catch((error: unknown) => ({ status: "threw", error: String(error) })),
      ),
    );

    const failures = results.filter((x) => x.status !== "saved");
    expect(failures).toEqual([]);
    expect(await test.db.revision.count({ where: { personId: PERSON } })).toBe(revisionsBefore + 50);
    // The public copy holds every edit: the last rebuild saw all 50.
    const projected = await test.db.publicPerson.findUniqueOrThrow({ where: { personId: PERSON } });
    const titles = (projected.record as { timeline: { title: string }[] }).timeline.map((t) => t.title);
    for (let i = 0; i < 50; i++) expect(titles).toContain(`Statement ${i}, edited`);
  }, 120_000);

  it("100 concurrent saves of one item at the same version: exactly one succeeds, 99 conflict with the input kept", async () => {
    const item = (await m.saveItem(caseworker, "timelineEvent", {
      personId: PERSON,
      values: eventValues("Contested statement"),
    })) as { id: string; version: number };
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        m
          .saveItem(caseworker, "timelineEvent", {
            personId: PERSON,
            id: item.id,
            version: item.version,
            values: eventValues(`Contested statement, version ${i}`),
          })
          .catch((error: unknown) => ({ status: "threw", error: String(error) })),
      ),
    );
    expect(results.filter((x) => x.status === "saved")).toHaveLength(1);
    const conflicts = results.filter((x) => x.status === "conflict");
    expect(conflicts).toHaveLength(99);
    // Each conflict says what changed meanwhile and the version to save over it; the form
    // state the action answers with keeps the user's own input.
    const { toFormState } = await import("../../app/workspace/action-result");
    for (const [i, result] of results.entries()) {
      if (result.status !== "conflict") continue;
      const conflict = result as Extract<import("../../lib/revisions/save-result").SaveResult, { status: "conflict" }>;
      expect(conflict.currentVersion).toBe(item.version + 1);
      expect(conflict.changes.map((c) => c.field)).toContain("title");
      const state = toFormState(conflict, eventValues(`Contested statement, version ${i}`));
      expect(state).toMatchObject({ status: "conflict", version: item.version + 1 });
      expect(state.values?.title).toBe(`Contested statement, version ${i}`);
    }
    expect(await test.db.revision.count({ where: { entityId: item.id } })).toBe(2);
  }, 120_000);

  it("saves, item creations, restores and a publish of one case at the same time all succeed", async () => {
    const base = (await m.saveItem(caseworker, "timelineEvent", {
      personId: PERSON,
      values: eventValues("To be restored"),
    })) as { id: string; version: number };
    await m.saveItem(caseworker, "timelineEvent", {
      personId: PERSON,
      id: base.id,
      version: base.version,
      values: eventValues("Changed, to be restored"),
    });
    const edit = await test.db.revision.findFirstOrThrow({
      where: { entityId: base.id, summary: { startsWith: "Edited" } },
    });
    const work: Promise<unknown>[] = [
      r.restoreRevision(caseworker, edit.id),
      ...Array.from({ length: 20 }, (_, i) =>
        m.saveItem(caseworker, "designation", {
          personId: PERSON,
          values: { organisation: `Org ${i}`, kind: "POLITICAL_PRISONER", visibility: "PUBLIC" },
        }),
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        m.saveItem(caseworker, "nameVariant", {
          personId: PERSON,
          values: { text: `Variant ${i}`, script: "LATN", language: "en", kind: "PRESS", visibility: "PUBLIC" },
        }),
      ),
    ];
    const settled = await Promise.allSettled(work);
    const rejected = settled.filter((s) => s.status === "rejected");
    expect(rejected.map((s) => String(s.reason))).toEqual([]);
    // The restore (first) answers "restored"; every save answers "saved".
    for (const [i, s] of settled.entries()) {
      const value = (s as PromiseFulfilledResult<{ status?: string }>).value;
      if (value && "status" in value) expect(value.status).toBe(i === 0 ? "restored" : "saved");
    }
    const projected = await test.db.publicPerson.findUniqueOrThrow({ where: { personId: PERSON } });
    expect(projected.names).toContain("Variant 19");
    expect(projected.designations).toContain("Org 7");
  });

  it("an import updating a published case while caseworkers save to it: all succeed", async () => {
    const { applyImport } = await import("../../lib/import/apply");
    const { autoMap } = await import("../../lib/import/fields");
    const { planImport } = await import("../../lib/import/plan");
    const { readSheet } = await import("../../lib/import/read-sheet");
    await test.db.person.update({ where: { id: PERSON }, data: { externalId: "Z-1" } });
    const sheet = await readSheet(
      "list.csv",
      Buffer.from("ID,Name,Region,Occupation\nZ-1,Maksim Znak,Minsk,Lawyer and human-rights defender\n"),
    );
    const mapping = autoMap(sheet.headers);
    const plan = await planImport(test.db, sheet, mapping);
    expect(plan.counts).toMatchObject({ update: 1, errors: 0 });
    const work = [
      applyImport(test.db, sheet, mapping, { fileName: "list.csv", actorId: caseworker.id, confirmed: plan.counts }),
      ...Array.from({ length: 20 }, (_, i) =>
        m.saveItem(caseworker, "timelineEvent", { personId: PERSON, values: eventValues(`During the import ${i}`) }),
      ),
    ];
    const settled = await Promise.allSettled(work);
    expect(settled.filter((s) => s.status === "rejected").map((s) => String(s.reason))).toEqual([]);
    const projected = await test.db.publicPerson.findUniqueOrThrow({ where: { personId: PERSON } });
    expect(projected.region).toBe("Minsk");
    const titles = (projected.record as { timeline: { title: string }[] }).timeline.map((t) => t.title);
    for (let i = 0; i < 20; i++) expect(titles).toContain(`During the import ${i}`);
  }, 120_000);
});
