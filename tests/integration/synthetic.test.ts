import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSynthetic } from "../../lib/synthetic/generate";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { defined } from "../support/defined";

// The generator feeds the benchmarks: it must be deterministic and varied, and every
// citation it writes must quote its source (the database trigger would refuse it otherwise).
describe("synthetic records", () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await Promise.all([
      generateSynthetic(first.url, { persons: 300, seed: 7 }),
      generateSynthetic(second.url, { persons: 300, seed: 7 }),
    ]);
  });
  afterAll(async () => {
    await first.drop();
    await second.drop();
  });

  it("writes the same records for the same seed", async () => {
    const rows = (t: TestDatabase) => t.db.$queryRaw<{ digest: string }[]>`
      SELECT md5(string_agg(id || display_name || coalesce(birth_date::text, ''), '|' ORDER BY id)) AS digest FROM person`;
    expect(await rows(first)).toEqual(await rows(second));
  });

  it("has names in both scripts, several episodes, two kinds of source, and projected public records", async () => {
    const names = defined(
      (
        await first.db.$queryRaw<{ latin: bigint; cyrillic: bigint; be: bigint; ru: bigint }[]>`
      SELECT count(*) FILTER (WHERE script = 'LATN') AS latin, count(*) FILTER (WHERE script = 'CYRL') AS cyrillic,
        count(*) FILTER (WHERE script = 'CYRL' AND language = 'be') AS be, count(*) FILTER (WHERE script = 'CYRL' AND language = 'ru') AS ru
      FROM name_variant`
      )[0],
    );
    expect(Number(names.cyrillic)).toBeGreaterThanOrEqual(600);
    expect(Number(names.latin)).toBeGreaterThanOrEqual(600);
    expect(Number(names.be)).toBe(300);
    const rearrested = await first.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT person_id FROM detention_episode GROUP BY person_id HAVING count(*) > 1) twice`;
    expect(Number(rearrested[0]?.n)).toBeGreaterThan(5);
    expect(await first.db.source.count({ where: { type: "NGO_STATEMENT" } })).toBeGreaterThan(0);
    expect(await first.db.source.count({ where: { type: "NEWS" } })).toBeGreaterThan(0);
    expect(await first.db.publicPerson.count()).toBe(await first.db.person.count({ where: { published: true } }));
    // Public sources are projected too (their pages, the API and the sitemap read public_source).
    const publicSources = await first.db.source.count({ where: { visibility: "PUBLIC" } });
    expect(publicSources).toBeGreaterThan(0);
    expect(await first.db.publicSource.count()).toBe(publicSources);
    const uncited = await first.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM timeline_event t WHERE NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_id = t.id)`;
    expect(Number(uncited[0]?.n)).toBe(0);
  });
});
