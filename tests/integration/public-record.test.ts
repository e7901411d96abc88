// public_person.record is JSON written by SQL (refresh_public_person) and read by
// TypeScript through one zod schema (lib/public/record.ts). These tests keep the two in
// step: every projected demo record parses to exactly itself, so a field the SQL adds
// but the schema lacks (which parsing would strip) or a type that changes fails here.
import { beforeAll, describe, expect, it } from "vitest";
import { parsePublicRecord } from "../../lib/public/record";
import { seedDemo } from "../../prisma/seed/load-demo";
import { useTestDatabase } from "../support/database";

describe("the public record schema", () => {
  const test = useTestDatabase();
  beforeAll(() => seedDemo(test.db, { accounts: false }));

  it("parses every projected record to itself", async () => {
    const rows = await test.db.publicPerson.findMany({ select: { slug: true, record: true } });
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows) expect(parsePublicRecord(row.record), row.slug).toEqual(row.record);
  });

  it("would notice a field the schema does not know, and refuses a wrong type", async () => {
    const { record } = await test.db.publicPerson.findFirstOrThrow({ select: { record: true } });
    const parsed = parsePublicRecord(record);
    const withExtra = { ...parsed, addedBySql: "a new projected field" };
    expect(parsePublicRecord(withExtra)).not.toEqual(withExtra);
    expect(() => parsePublicRecord({ ...parsed, names: "not a list" })).toThrow();
  });
});
