import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../../prisma/seed/load-demo";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { defined } from "../support/defined";

// Fact tables and the person fields a case page shows; every seeded fact must cite a source.
const FACT_TABLES: [table: string, subject: string, personColumn: string][] = [
  ["name_variant", "NAME_VARIANT", "person_id"],
  ["prosecution", "PROSECUTION", "person_id"],
  ["detention_episode", "DETENTION_EPISODE", "person_id"],
  ["placement", "PLACEMENT", "person_id"],
  ["condition_period", "CONDITION_PERIOD", "person_id"],
  ["relative", "RELATIVE", "person_id"],
  ["family_contact_event", "FAMILY_CONTACT_EVENT", "person_id"],
  ["legal_representation", "LEGAL_REPRESENTATION", "person_id"],
  ["health_note", "HEALTH_NOTE", "person_id"],
  ["designation", "DESIGNATION", "person_id"],
  ["timeline_event", "TIMELINE_EVENT", "person_id"],
];

async function tableFingerprints(test: TestDatabase) {
  const tables = await test.db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name::text AS table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations')
    ORDER BY table_name`;
  const result: Record<string, string> = {};
  for (const { table_name } of tables) {
    // Volatile bookkeeping columns are left out; everything else must be identical.
    const rows = await test.db.$queryRawUnsafe<{ n: bigint; digest: string | null }[]>(
      `SELECT count(*) AS n, md5(string_agg((to_jsonb(t) - 'refreshed_at' - 'updated_at' - 'password_hash')::text, '|' ORDER BY to_jsonb(t)::text)) AS digest FROM "${table_name}" t`,
    );
    result[table_name] = `${rows[0]?.n}:${rows[0]?.digest}`;
  }
  return result;
}

describe("demo seed", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
  });
  afterAll(() => test.drop());

  it("creates the five articles as sources with their full text", async () => {
    const sources = await test.db.source.findMany({ orderBy: { id: "asc" } });
    expect(sources).toHaveLength(5);
    const fs = await import("node:fs");
    const article = fs.readFileSync("prisma/seed/articles/003_062c9b54ee38ab7c.txt", "utf8");
    expect(sources.find((s) => s.id === "demo-source-003")?.text).toBe(article);
  });

  it("creates the people the articles describe, with Latin and Cyrillic names", async () => {
    const people = await test.db.person.findMany({ include: { names: true } });
    const slugs = people.map((p) => p.slug);
    for (const slug of [
      "maria-kalesnikava",
      "ales-bialiatski",
      "viktor-babaryka",
      "maksim-znak",
      "syarhey-tsikhanouski",
      "unpublished-example",
    ]) {
      expect(slugs).toContain(slug);
    }
    const maria = people.find((p) => p.slug === "maria-kalesnikava")!;
    const spellings = maria.names.map((n) => n.text);
    expect(spellings).toEqual(
      expect.arrayContaining(["Maria Kalesnikava", "Maria Kolesnikova", "Марыя Калеснікава", "Мария Колесникова"]),
    );
    expect(maria.names.some((n) => n.script === "CYRL")).toBe(true);
    expect(people.find((p) => p.slug === "unpublished-example")?.published).toBe(false);
  });

  it("cites every seeded fact with a quote found in its source", async () => {
    let facts = 0;
    for (const [table, subject] of FACT_TABLES) {
      const uncited = await test.db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT f.id FROM "${table}" f JOIN person p ON p.id = f.person_id
         WHERE p.slug <> 'unpublished-example'
           AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = '${subject}' AND c.subject_id = f.id)`,
      );
      expect(uncited, `${table} rows without a citation`).toEqual([]);
      const [counted] = await test.db.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM "${table}" f JOIN person p ON p.id = f.person_id WHERE p.slug <> 'unpublished-example'`,
      );
      facts += Number(counted?.n);
    }
    for (const [table, subject] of [
      ["charge", "CHARGE"],
      ["sentence", "SENTENCE"],
    ]) {
      const uncited = await test.db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT f.id FROM "${table}" f WHERE NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = '${subject}' AND c.subject_id = f.id)`,
      );
      expect(uncited, `${table} rows without a citation`).toEqual([]);
    }
    // Person fields shown on the page (bio, occupation, citizenship, gender) each cite a passage.
    const uncitedFields = await test.db.$queryRaw<{ slug: string; field: string }[]>`
      SELECT p.slug, f.field FROM person p
      CROSS JOIN LATERAL (VALUES ('bio', p.bio IS NOT NULL), ('occupation', p.occupation IS NOT NULL),
        ('citizenship', p.citizenship IS NOT NULL), ('gender', p.gender <> 'UNKNOWN')) AS f(field, present)
      WHERE p.slug <> 'unpublished-example' AND f.present
        AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'PERSON' AND c.subject_id = p.id AND c.field = f.field)`;
    expect(uncitedFields).toEqual([]);
    expect(facts).toBeGreaterThan(40);

    const misquoted = await test.db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM citation c JOIN source s ON s.id = c.source_id WHERE strpos(s.text, c.quote) = 0`;
    expect(misquoted).toEqual([]);
  });

  it("keeps dates only as precise as the articles state them", async () => {
    const events = await test.db.timelineEvent.findMany({
      where: { personId: "demo-maria-kalesnikava" },
      orderBy: { date: "asc" },
    });
    const byTitle = Object.fromEntries(events.map((e) => [e.title, e]));
    expect(byTitle["Forcibly disappeared; refuses to be expelled"]?.datePrecision).toBe("DAY");
    expect(byTitle["Cut off from her family: held incommunicado"]?.datePrecision).toBe("MONTH");
    expect(byTitle["Allowed to meet her father"]?.datePrecision).toBe("YEAR");
  });

  it("seeds the restricted canary and the demo accounts", async () => {
    const canary = await test.db.relative.findFirst({ where: { contactDetails: { contains: "CANARY-RESTRICTED" } } });
    expect(canary?.contactVisibility).toBe("RESTRICTED");
    const users = await test.db.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role])).toEqual(DEMO_ACCOUNTS.map((a) => [a.email, a.role]).sort());
    const admin = defined(users[0], "the first demo account");
    expect(await verify(admin.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(admin.passwordHash.startsWith("$argon2id$")).toBe(true);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await tableFingerprints(test);
    await seedDemo(test.db, { accounts: true });
    expect(await tableFingerprints(test)).toEqual(before);
  });

  it("never overwrites a caseworker's edit of a demo record", async () => {
    await test.db.person.update({ where: { slug: "maksim-znak" }, data: { bio: "Edited by a caseworker" } });
    await seedDemo(test.db, { accounts: true });
    expect((await test.db.person.findUnique({ where: { slug: "maksim-znak" } }))?.bio).toBe("Edited by a caseworker");
  });
});
