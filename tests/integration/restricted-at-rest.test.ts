import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import pg from "pg";
import { generateIdentity, identityToRecipient } from "age-encryption";
import { to as copyTo } from "pg-copy-streams";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import type { Role } from "../../lib/auth/permissions";
import type { Actor } from "../../lib/auth/session-user";
import { PERSON_FIELDS } from "../../lib/records/person-fields";
import { toFormValues } from "../../lib/forms/fields";
import { writeBackup } from "../../lib/backup/dump";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { demoActors } from "../support/actors";

// Issue 14: restricted values are sealed at rest. Before, every restricted column was plain
// text in PostgreSQL and in backups, the history showed every value ever stored without an
// audit entry, and nothing could be erased. Canaries written through the workspace must be
// absent from a COPY of every table and from a backup, yet readable by a caseworker.
const CANARY = {
  seeded: "CANARY-RESTRICTED",
  contact: "CANARY-CONTACT-7Q2",
  contactEdited: "CANARY-CONTACT-EDITED-9X4",
  health: "CANARY-HEALTH-3K8",
  personNote: "CANARY-PERSON-NOTE-5M1",
  eventNote: "CANARY-EVENT-NOTE-8B6",
};
const SLUG = "maria-kalesnikava";
const PERSON = "demo-maria-kalesnikava";
const IP = "203.0.113.7";

/** Every table of the database, as COPY writes it. */
async function dumpEveryTable(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    let text = "";
    for (const { name } of rows) {
      text += `-- ${name}\n`;
      for await (const chunk of client.query(copyTo(`COPY (SELECT * FROM "${name}") TO STDOUT`)))
        text += (chunk as Buffer).toString("utf8");
    }
    return text;
  } finally {
    await client.end();
  }
}

describe("restricted values at rest", () => {
  let test: TestDatabase;
  let actors: Record<Role, Actor>;
  let cases: typeof import("../../lib/cases/queries");
  let mutations: typeof import("../../lib/cases/mutations");
  let history: typeof import("../../lib/revisions/queries");
  let erase: typeof import("../../lib/cases/erase");
  let twoFactor: typeof import("../../lib/auth/two-factor");
  let sources: typeof import("../../lib/sources/mutations");
  let sourceQueries: typeof import("../../lib/sources/queries");
  let relativeId: string;
  let healthId: string;
  let totpSecret: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casebook-sealed-"));

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    cases = await import("../../lib/cases/queries");
    mutations = await import("../../lib/cases/mutations");
    history = await import("../../lib/revisions/queries");
    erase = await import("../../lib/cases/erase");
    twoFactor = await import("../../lib/auth/two-factor");
    sources = await import("../../lib/sources/mutations");
    sourceQueries = await import("../../lib/sources/queries");
    actors = await demoActors(test.db);
    const caseworker = actors.CASEWORKER;

    const saved = (r: Awaited<ReturnType<typeof mutations.saveItem>>) => {
      if (r.status !== "saved") throw new Error(JSON.stringify(r));
      return r;
    };
    const relative = saved(
      await mutations.saveItem(caseworker, "relative", {
        personId: PERSON,
        values: {
          name: "Test Cousin",
          relation: "cousin",
          contactDetails: CANARY.contact,
          contactVisibility: "RESTRICTED",
          visibility: "INTERNAL",
        },
      }),
    );
    relativeId = relative.id;
    saved(
      await mutations.saveItem(caseworker, "relative", {
        personId: PERSON,
        id: relativeId,
        version: relative.version,
        values: {
          name: "Test Cousin",
          relation: "cousin",
          contactDetails: CANARY.contactEdited,
          contactVisibility: "RESTRICTED",
          visibility: "INTERNAL",
        },
      }),
    );
    healthId = saved(
      await mutations.saveItem(caseworker, "healthNote", {
        personId: PERSON,
        values: { date: "2025-03", text: CANARY.health, visibility: "RESTRICTED" },
      }),
    ).id;
    saved(
      await mutations.saveItem(caseworker, "timelineEvent", {
        personId: PERSON,
        values: {
          type: "OTHER",
          date: "2025-04-01",
          title: "Test event",
          internalNote: CANARY.eventNote,
          visibility: "INTERNAL",
        },
      }),
    );
    const record = await cases.getCase(caseworker, SLUG, null, { audit: false });
    const personSaved = await mutations.updatePerson(caseworker, PERSON, record.person.version, {
      ...toFormValues(PERSON_FIELDS, record.person),
      internalNote: CANARY.personNote,
    });
    expect(personSaved.status).toBe("saved");
    await twoFactor.beginTwoFactor(actors.ADMIN);
    totpSecret = (await twoFactor.twoFactorStatus(actors.ADMIN)).pending!.secret;
  });
  afterAll(async () => {
    await test.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const secrets = () => [...Object.values(CANARY), totpSecret];

  it("keeps every canary out of a COPY of every table and out of a backup, plain or encrypted", async () => {
    const dump = await dumpEveryTable(test.url);
    // Positive controls: the dump is real, and the values are there, sealed.
    expect(dump).toContain("-- revision");
    expect(dump).toContain("Test Cousin");
    expect(dump.match(/cbx1\./g)?.length ?? 0).toBeGreaterThan(10);
    for (const canary of secrets()) expect(dump, canary).not.toContain(canary);

    const plain = path.join(dir, "plain.backup.gz");
    await writeBackup(test.url, plain, { unencrypted: true });
    const backupText = zlib.gunzipSync(fs.readFileSync(plain)).toString("utf8");
    expect(backupText).toContain("Test Cousin");
    for (const canary of secrets()) expect(backupText, canary).not.toContain(canary);

    const encrypted = path.join(dir, "casebook.backup.gz.age");
    await writeBackup(test.url, encrypted, { recipients: [await identityToRecipient(await generateIdentity())] });
    const raw = fs.readFileSync(encrypted).toString("latin1");
    expect(raw.startsWith("age-encryption.org/v1")).toBe(true);
    for (const canary of [...secrets(), "Test Cousin"]) expect(raw, canary).not.toContain(canary);
  });

  it("shows the same canaries to a caseworker in the workspace, and none (nor their ciphertext) to a campaigner", async () => {
    const seen = JSON.stringify(await cases.getCase(actors.CASEWORKER, SLUG, IP));
    for (const canary of [CANARY.seeded, CANARY.contactEdited, CANARY.health, CANARY.personNote, CANARY.eventNote])
      expect(seen, canary).toContain(canary);
    expect(seen).not.toContain("cbx1.");
    const campaigner = JSON.stringify(await cases.getCase(actors.CAMPAIGNER, SLUG, IP));
    expect(campaigner).toContain("Kalesnikava");
    for (const canary of secrets()) expect(campaigner, canary).not.toContain(canary);
    expect(campaigner).not.toContain("cbx1.");
  });

  it("hides restricted values in the history until shown on demand, and audits each surface's reading", async () => {
    const since = (await test.db.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    const caseworker = actors.CASEWORKER;

    await cases.getCase(caseworker, SLUG, IP);
    await cases.getItem(caseworker, SLUG, "relative", relativeId, IP);
    const listed = await history.caseHistory(caseworker, SLUG, { kind: undefined, page: 1 }, { ipAddress: IP });
    const edit = listed.entries.find((e) => e.summary === "Edited relative")!;
    expect(edit.changes).toEqual([
      expect.objectContaining({
        label: expect.stringMatching(/contact/i),
        before: "restricted value (hidden)",
        after: "restricted value (hidden)",
        sealed: true,
      }),
    ]);
    expect(JSON.stringify(listed)).not.toMatch(/CANARY|cbx1\./);
    const shown = await history.caseHistory(
      caseworker,
      SLUG,
      { kind: undefined, page: 1 },
      { reveal: edit.id, ipAddress: IP },
    );
    expect(shown.entries.find((e) => e.id === edit.id)!.changes[0]).toMatchObject({
      before: CANARY.contact,
      after: CANARY.contactEdited,
    });
    const restrictedSource = await sources.createSource(caseworker, {
      title: "Family letter (restricted)",
      language: "en",
      type: "FAMILY_STATEMENT",
      reliability: "MEDIUM",
      visibility: "RESTRICTED",
      text: "A letter from the family about Maria Kalesnikava.",
    });
    expect(restrictedSource.status).toBe("saved");
    await sourceQueries.getSourceForReading(caseworker, (restrictedSource as { id: string }).id, IP);

    const entries = await test.db.auditEntry.findMany({ where: { id: { gt: since } }, orderBy: { id: "asc" } });
    const views = entries.filter((e) => e.action === "view.restricted");
    console.log(
      "Audit entries of one viewing of each restricted surface:\n" +
        views
          .map((e) =>
            JSON.stringify({
              action: e.action,
              actor: e.actorEmail,
              subject: `${e.subjectType}:${e.subjectId}`,
              ip: e.ipAddress,
              details: e.details,
            }),
          )
          .join("\n"),
    );
    const pages = views.map((e) => (e.details as { page: string }).page);
    expect(pages).toEqual(["case", "item", "history", "history", "source"]);
    // The history list names the restricted items it shows; showing a change's values names its fields.
    expect(views[2]?.details).toMatchObject({ fields: [], restrictedRecords: [`healthNote:${healthId}`] });
    expect(views[3]?.details).toMatchObject({ revision: edit.id });
    for (const e of views) {
      expect(e.actorEmail).toBe("caseworker@casebook.test");
      expect(e.ipAddress).toBe(IP);
    }
    const fieldsOf = (page: string) =>
      views
        .filter((e) => (e.details as { page: string }).page === page)
        .flatMap((e) => (e.details as { fields: { record: string; field: string }[] }).fields);
    expect(fieldsOf("case")).toEqual(
      expect.arrayContaining([
        { record: `relative:${relativeId}`, field: "contactDetails" },
        { record: `healthNote:${healthId}`, field: "text" },
        { record: `person:${PERSON}`, field: "internalNote" },
      ]),
    );
    expect(fieldsOf("item")).toEqual([{ record: `relative:${relativeId}`, field: "contactDetails" }]);
    expect(fieldsOf("history")).toEqual([
      { record: `relative:${relativeId}`, field: "contactDetails" },
      { record: `relative:${relativeId}`, field: "contactDetails" },
    ]);
    expect(JSON.stringify(entries.map((e) => ({ ...e, id: String(e.id) })))).not.toMatch(/CANARY/);
  });

  it("erases a contact for good: gone from the record and its history, audited without the value", async () => {
    const caseworker = actors.CASEWORKER;
    const keysBefore = await test.db.dataKey.count();
    await erase.eraseRestrictedValue(
      caseworker,
      { entity: "relative", personId: PERSON, id: relativeId, field: "contactDetails" },
      IP,
    );
    const item = await cases.getItem(caseworker, SLUG, "relative", relativeId, IP);
    expect(item.row.contactDetails).toBeNull();
    const listed = await history.caseHistory(caseworker, SLUG, { kind: undefined, page: 1 }, { ipAddress: IP });
    const edit = listed.entries.find((e) => e.summary === "Edited relative")!;
    const shown = await history.caseHistory(
      caseworker,
      SLUG,
      { kind: undefined, page: 1 },
      { reveal: edit.id, ipAddress: IP },
    );
    expect(shown.entries.find((e) => e.id === edit.id)!.changes[0]).toMatchObject({
      before: "erased",
      after: "erased",
    });
    const added = listed.entries.find((e) => e.summary === "Added relative" && e.itemTitle === "Test Cousin")!;
    const addedShown = await history.caseHistory(
      caseworker,
      SLUG,
      { kind: undefined, page: 1 },
      { reveal: added.id, ipAddress: IP },
    );
    expect(JSON.stringify(addedShown)).not.toContain(CANARY.contact);
    expect(listed.entries[0]?.summary).toBe("Erased the contact details for good");
    // One data key (the field's, shared by both values) is shredded; the rest of the case is intact.
    expect(await test.db.dataKey.count()).toBe(keysBefore - 1);
    const audit = await test.db.auditEntry.findFirstOrThrow({ where: { action: "restricted.erase" } });
    expect(audit).toMatchObject({
      subjectType: "relative",
      subjectId: relativeId,
      ipAddress: IP,
      actorEmail: "caseworker@casebook.test",
    });
    expect(audit.details).toEqual({ person: PERSON, field: "contactDetails", dataKeysShredded: 1 });
    const readable = JSON.stringify(await cases.getCase(caseworker, SLUG, IP));
    expect(readable).not.toContain(CANARY.contactEdited);
    expect(readable).toContain(CANARY.health);
  });

  it("reports a value altered in the database as tampered, never garbled, and the page still loads", async () => {
    const row = await test.db.healthNote.findUniqueOrThrow({ where: { id: healthId } });
    const altered = row.text.slice(0, -6) + (row.text.at(-6) === "A" ? "B" : "A") + row.text.slice(-5);
    await test.db.healthNote.update({ where: { id: healthId }, data: { text: altered } });
    const item = await cases.getItem(actors.CASEWORKER, SLUG, "healthNote", healthId, IP);
    expect(item.row.text).toBeNull();
    expect(item.row.sealProblems).toEqual({ text: "tampered" });
    const record = await cases.getCase(actors.CASEWORKER, SLUG, IP);
    expect(record.items.healthNote.find((h) => h.id === healthId)?.sealProblems).toEqual({ text: "tampered" });
  });

  it("refuses a plain restricted value in the database itself, whatever path writes it", async () => {
    await expect(
      test.db.$executeRawUnsafe(`UPDATE relative SET contact_details = 'plain +000' WHERE id = $1`, relativeId),
    ).rejects.toThrow(/relative_contact_details_sealed/);
    await expect(
      test.db.$executeRawUnsafe(`UPDATE person SET internal_note = 'plain note' WHERE id = $1`, PERSON),
    ).rejects.toThrow(/person_internal_note_sealed/);
  });
});
