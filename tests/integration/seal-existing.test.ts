import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import { sealExistingValues } from "../../lib/revisions/seal-existing";
import { openValue } from "../../lib/vault/open";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Issue 14: an install upgraded to sealed values holds plain restricted values in its rows and
// revisions. The first start seals them, then validates the constraints that keep them sealed.
describe("sealing values written before encryption", () => {
  let test: TestDatabase;
  const RELATIVE = "demo-syarhey-tsikhanouski-relative-0";

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    // The state just after the migration on an old install: constraints not yet validated, plain values.
    await test.db.$executeRawUnsafe(`
      ALTER TABLE relative DROP CONSTRAINT relative_contact_details_sealed;
      ALTER TABLE person DROP CONSTRAINT person_internal_note_sealed;
      UPDATE relative SET contact_details = 'LEGACY-CONTACT +000' WHERE id = '${RELATIVE}';
      UPDATE person SET internal_note = 'LEGACY-NOTE' WHERE id = 'demo-maksim-znak';
      INSERT INTO revision (id, entity_type, entity_id, person_id, version, before, after, summary)
        VALUES ('legacy-rev', 'relative', '${RELATIVE}', 'demo-syarhey-tsikhanouski', 2,
          '{"id": "${RELATIVE}", "contactDetails": "LEGACY-OLD-CONTACT", "contactVisibility": "RESTRICTED", "visibility": "PUBLIC"}',
          '{"id": "${RELATIVE}", "contactDetails": "LEGACY-CONTACT +000", "contactVisibility": "RESTRICTED", "visibility": "PUBLIC"}', 'old edit');
      ALTER TABLE relative ADD CONSTRAINT relative_contact_details_sealed
        CHECK (contact_visibility <> 'RESTRICTED' OR casebook_sealed(contact_details)) NOT VALID;
      ALTER TABLE person ADD CONSTRAINT person_internal_note_sealed CHECK (casebook_sealed(internal_note)) NOT VALID;
    `);
  });
  afterAll(() => test.drop());

  it("seals rows and revisions once, then the database refuses plain values", async () => {
    const result = await sealExistingValues(test.db);
    expect(result.revisions).toBe(1);
    const relative = await test.db.relative.findUniqueOrThrow({ where: { id: RELATIVE } });
    expect(relative.contactDetails).toMatch(/^cbx1\./);
    expect(await openValue(test.db, "relative", "contactDetails", relative.contactDetails)).toBe("LEGACY-CONTACT +000");
    const person = await test.db.person.findUniqueOrThrow({ where: { id: "demo-maksim-znak" } });
    expect(await openValue(test.db, "person", "internalNote", person.internalNote)).toBe("LEGACY-NOTE");
    const revision = await test.db.revision.findUniqueOrThrow({ where: { id: "legacy-rev" } });
    expect(JSON.stringify(revision)).not.toContain("LEGACY");
    const pending = await test.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_constraint WHERE conname LIKE '%\\_sealed' AND NOT convalidated`;
    expect(pending[0]?.n).toBe(0);
    expect(await sealExistingValues(test.db)).toEqual({ rows: 0, revisions: 0 });
  });
});
