import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import type { Actor } from "../../lib/auth/session-user";
import { generateSynthetic } from "../../lib/synthetic/generate";
import { seedDemo } from "../../prisma/seed/load-demo";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Issue 15: scaling mistakes caught by what is deterministic, not by wall-clock time: the
// number of statements each page's reader issues (no N+1), that list statements are
// bounded (LIMIT or keyset, no long IN-lists), and that the plans use the intended indexes,
// at a few thousand generated persons. The 100,000-person timings are `npm run bench:scale`.
// Enough that the held and the released cases each fill more than one export page of 500.
const PERSONS = 3000;

describe("scale guards", () => {
  let test: TestDatabase;
  let logged: { query: string; params: number; values: unknown[] }[] = [];
  const actors = {} as Record<"ADMIN" | "CASEWORKER" | "CAMPAIGNER", Actor>;
  let lib: {
    cases: typeof import("../../lib/cases/queries");
    exports: typeof import("../../lib/exports/cases");
    sourcing: typeof import("../../lib/sourcing/coverage");
    sources: typeof import("../../lib/sources/queries");
    revisions: typeof import("../../lib/revisions/queries");
    stats: typeof import("../../lib/public/stats");
    sitemap: typeof import("../../lib/sitemap/sitemap");
  };

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    await generateSynthetic(test.url, { persons: PERSONS, seed: 3 });
    await test.db.$executeRawUnsafe("ANALYZE");
    Object.assign(actors, await demoActors(test.db));
    // The app's client (lib/db.ts) is this one, which logs every statement it sends.
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: test.url, max: 4 }),
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", (event) => {
      if (/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(event.query.trim())) return;
      const params = event.params ? (JSON.parse(event.params) as unknown[]) : [];
      logged.push({ query: event.query, params: params.length, values: params });
    });
    // (An export's render thread reads with a connection of its own, to the same database.)
    (globalThis as { casebookDb?: unknown }).casebookDb = Object.assign(client, { connectionString: test.url });
    lib = {
      cases: await import("../../lib/cases/queries"),
      exports: await import("../../lib/exports/cases"),
      sourcing: await import("../../lib/sourcing/coverage"),
      sources: await import("../../lib/sources/queries"),
      revisions: await import("../../lib/revisions/queries"),
      stats: await import("../../lib/public/stats"),
      sitemap: await import("../../lib/sitemap/sitemap"),
    };
    // Stored search keys are built once (the app does it at start).
    await lib.cases.listCases(actors.CASEWORKER, { q: "warm", status: "", publication: "" });
    await test.db.$executeRawUnsafe("ANALYZE"); // as autovacuum would after the keys are written
  }, 300_000);
  afterAll(async () => {
    delete (globalThis as { casebookDb?: unknown }).casebookDb;
    await test.drop();
  });
  beforeEach(() => {
    logged = [];
  });

  const selects = () => logged.filter((l) => /^\s*(WITH|SELECT)/i.test(l.query));
  const noLongLists = () => {
    for (const l of logged) expect(l.params, l.query.slice(0, 200)).toBeLessThanOrEqual(100);
  };

  it("the case list reads one page in a fixed number of statements, whatever the page", async () => {
    const first = await lib.cases.listCases(actors.CASEWORKER, { q: "", status: "", publication: "" }, 1);
    const firstCount = logged.length;
    logged = [];
    const later = await lib.cases.listCases(actors.CASEWORKER, { q: "", status: "", publication: "" }, 30);
    expect(first.cases).toHaveLength(lib.cases.CASE_LIST_PAGE_SIZE);
    expect(later.cases.length).toBeGreaterThan(0);
    expect(logged.length).toBe(firstCount);
    expect(logged.length).toBeLessThanOrEqual(4);
    const pages = selects().filter((l) => /FROM person p\b/.test(l.query) && !/COUNT\(/i.test(l.query));
    expect(pages).toHaveLength(1);
    for (const s of pages) expect(s.query).toMatch(/LIMIT/);
    noLongLists();
    // Whether a person is held is looked up for the page's rows only, not for every row the
    // OFFSET skips (page 1,900 at 100,000: 405 ms that way, 128 ms so).
    const [paged] = pages;
    const plan = await test.db.$queryRawUnsafe<unknown[]>(`EXPLAIN (FORMAT JSON) ${paged!.query}`, ...paged!.values);
    // So the plan's Limit (with its OFFSET) must not have the detention lookup beneath it.
    const nodes = (node: unknown): Record<string, unknown>[] => {
      if (Array.isArray(node)) return node.flatMap(nodes);
      if (!node || typeof node !== "object") return [];
      return [node as Record<string, unknown>, ...Object.values(node).flatMap(nodes)];
    };
    const limits = nodes(plan).filter((n) => n["Node Type"] === "Limit");
    expect(limits).toHaveLength(1);
    expect(nodes(plan).some((n) => n["Relation Name"] === "detention_episode")).toBe(true);
    expect(nodes(limits[0]).some((n) => n["Relation Name"] === "detention_episode")).toBe(false);
  });

  it("the source library counts citations for the sources on its page only", async () => {
    logged = [];
    const { sources } = await lib.sources.listSources(actors.CASEWORKER, {});
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.some((source) => source.citations > 0)).toBe(true);
    // Prisma's `_count` grouped every citation in the library (WHERE 1=1) to show 25 numbers.
    const counts = logged.filter((l) => /FROM "public"\."citation"/.test(l.query));
    expect(counts).toHaveLength(1);
    expect(counts[0]!.query).toMatch(/"source_id" IN \(/);
    noLongLists();
  });

  it("the workspace name search finds any spelling, unpublished cases included, in a bounded number of statements", async () => {
    const names = async (q: string) =>
      (await lib.cases.listCases(actors.CASEWORKER, { q, status: "", publication: "" })).cases.map((c) => c.slug);
    for (const q of ["Kolesnikowa", "Калеснікава", "Kalesnikava", "Колесникова"])
      expect(await names(q), q).toContain("maria-kalesnikava");
    // An unpublished case is found too, by a misspelling of its name.
    expect(await names("Unpublished Exampel")).toContain("unpublished-example");
    logged = [];
    await names("Siarhei Kavalenka");
    // Two stale-key probes, one lexicon lookup per word, the page and its count.
    expect(logged.length).toBeLessThanOrEqual(7);
    noLongLists();
  });

  const exportCsv = async (filter: { q: string; status: "" | "held" | "released"; publication: "" }) => {
    const { body } = await lib.exports.exportCaseList(actors.CAMPAIGNER, filter, "csv", "http://localhost", null);
    const lines = (await new Response(body).text()).trim().split("\r\n");
    return lines.slice(1);
  };
  const exportPages = () => logged.filter((l) => /FROM public_person pp\b/.test(l.query) && /LIMIT/.test(l.query));

  it("the export streams every published case by keyset, a bounded page at a time", async () => {
    const published = await test.db.publicPerson.count();
    logged = [];
    const rows = await exportCsv({ q: "", status: "", publication: "" });
    expect(rows).toHaveLength(published);
    const pages = exportPages();
    expect(pages.length).toBe(Math.floor(published / 500) + 1);
    // The server chooses the people and never reads a record: the export's thread reads them.
    expect(logged.filter((l) => /"record"/.test(l.query))).toHaveLength(0);
    // After the first page, each page starts after the last row of the one before (no OFFSET).
    expect(pages.slice(1).every((p) => /pp\.sort_name >= /.test(p.query) && /pp\.sort_name > /.test(p.query))).toBe(
      true,
    );
    // Nothing counts the rows before the first one streams: every statement is a page (or the audit entry).
    expect(logged.filter((l) => /COUNT\(/i.test(l.query))).toHaveLength(0);
    noLongLists();
  });

  it("the held and released exports filter by the projection's own column, with no subquery per row", async () => {
    const [held, released] = await Promise.all([
      test.db.publicPerson.count({ where: { held: true } }),
      test.db.publicPerson.count({ where: { held: false } }),
    ]);
    expect(held).toBeGreaterThan(500);
    expect(released).toBeGreaterThan(500);
    for (const [status, expected] of [
      ["held", held],
      ["released", released],
    ] as const) {
      logged = [];
      const rows = await exportCsv({ q: "", status, publication: "" });
      expect(rows, status).toHaveLength(expected);
      const pages = exportPages();
      expect(pages.length, status).toBe(Math.floor(expected / 500) + 1);
      // One table read per page: the filter is public_person.held, never a join or a
      // subquery through person and detention_episode (a NOT IN per row: 0 rows in 120 s at 100k).
      for (const page of pages) {
        expect(page.query).toMatch(/\bpp\.held\b/);
        expect(page.query).not.toMatch(/\bperson\b|detention_episode|\bIN\s*\(\s*SELECT/i);
      }
      expect(logged.filter((l) => /COUNT\(/i.test(l.query))).toHaveLength(0);
    }
  });

  it("a PDF of more cases than one pack holds is refused before a row is read, saying how many and what to do", async () => {
    const filter = { q: "", status: "held" as const, publication: "" as const };
    const held = await test.db.publicPerson.count({ where: { held: true } });
    logged = [];
    const refused = lib.exports.exportCaseList(actors.ADMIN, filter, "pdf", "https://casebook.test", null, {
      pdfMaxCases: held - 1,
    });
    await expect(refused).rejects.toThrow(
      new RegExp(
        `at most ${(held - 1).toLocaleString("en-GB")} cases, and this list has ${held.toLocaleString("en-GB")} published.*CSV or XLSX`,
      ),
    );
    expect(logged.filter((l) => /"record"/.test(l.query))).toEqual([]);
    // At the limit, and in the streamed formats, the same list exports.
    const { body } = await lib.exports.exportCaseList(actors.ADMIN, filter, "pdf", "https://casebook.test", null, {
      pdfMaxCases: held,
    });
    // Read to the end, so no page read of this export lands in the next test's statements.
    expect(
      Buffer.from(await new Response(body).arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("an export for unpublished or deleted cases reads no page at all", async () => {
    logged = [];
    const { body } = await lib.exports.exportCaseList(
      actors.ADMIN,
      { q: "", status: "", publication: "deleted" },
      "csv",
      "http://localhost",
      null,
    );
    expect((await new Response(body).text()).trim().split("\r\n")).toHaveLength(1);
    expect(exportPages()).toHaveLength(0);
  });

  it("an export with a name search finds any spelling, bounded by the search", async () => {
    logged = [];
    const rows = await exportCsv({ q: "Kolesnikowa", status: "", publication: "" });
    expect(rows.some((r) => r.includes("maria-kalesnikava"))).toBe(true);
    expect(rows.length).toBeLessThan(100);
    noLongLists();
    // One search: for each query the export holds exactly the published people the list shows.
    for (const q of ["Kolesnikowa", "Siarhei Kavalenka", "ka", "Калеснікава"]) {
      const filter = { q, status: "" as const, publication: "published" as const };
      const listed = await lib.cases.listCases(actors.CAMPAIGNER, filter);
      const exported = (await exportCsv({ ...filter, publication: "" })).map(
        (r) => /\/prisoners\/([^,"]+)/.exec(r)?.[1],
      );
      expect(exported.length, q).toBe(listed.total);
      expect(exported, q).toEqual(expect.arrayContaining(listed.cases.map((c) => c.slug)));
    }
  });

  it("the sourcing worklist is ranked and limited in SQL: two statements, at most 50 cases", async () => {
    const { cases, totalCases, totalFacts } = await lib.sourcing.casesNeedingSources(actors.CASEWORKER);
    expect(cases.length).toBe(Math.min(50, totalCases));
    expect(totalCases).toBeGreaterThan(50);
    expect(cases.reduce((n, c) => n + c.facts.length, 0)).toBeLessThan(totalFacts);
    expect(cases.every((c) => c.facts.length > 0)).toBe(true);
    expect(logged.length).toBe(2);
    expect(logged[0]?.query).toMatch(/LIMIT/);
    // Ranked from the count on each public record, not by reading every fact.
    expect(logged[0]?.query).toMatch(/uncited_facts/);
    expect(logged[0]?.query).not.toMatch(/citation/);
    noLongLists();
  });

  it("every public record's count of uncited facts is the number of facts the worklist would list", async () => {
    const [mismatch] = await test.db.$queryRaw<{ n: bigint; checked: bigint }[]>`
      SELECT count(*) FILTER (WHERE pp.uncited_facts <> casebook_uncited_facts(pp.person_id)) AS n, count(*) AS checked
      FROM public_person pp`;
    expect(Number(mismatch?.checked)).toBeGreaterThan(2000);
    const wrong = await test.db.$queryRaw<{ person_id: string; stored: number; now: number }[]>`
      SELECT person_id, uncited_facts AS stored, casebook_uncited_facts(person_id) AS now FROM public_person
      WHERE uncited_facts <> casebook_uncited_facts(person_id)`;
    expect(wrong).toEqual([]);
    expect(Number(mismatch?.n)).toBe(0);
    // And the SQL count agrees with the listing's rules (lib/sourcing/coverage.ts) case by case.
    const sample = await test.db.publicPerson.findMany({
      orderBy: { uncitedFacts: "desc" },
      take: 20,
      select: { personId: true, uncitedFacts: true },
    });
    expect(sample[0]?.uncitedFacts).toBeGreaterThan(0);
    for (const { personId, uncitedFacts } of sample)
      expect((await lib.sourcing.uncitedFactsOf(actors.CASEWORKER, personId)).length, personId).toBe(uncitedFacts);
  });

  it("a source's reading view weighs a bounded set of candidates in a fixed number of statements", async () => {
    const source = await test.db.source.findFirstOrThrow({ where: { id: { startsWith: "syn-s-" } } });
    const { people } = await lib.sources.getSourceForReading(actors.CASEWORKER, source.id);
    expect(people.length).toBeGreaterThan(0);
    const candidates = logged.find((l) => /name_variant/.test(l.query));
    expect(candidates?.query).toMatch(/LIMIT/);
    // The source with its citations and versions (Prisma: four), then the candidates.
    expect(logged.length).toBeLessThanOrEqual(6);
  });

  it("the new-item form embeds no source list; the picker's search answers at most 20", async () => {
    const person = await test.db.person.findFirstOrThrow({ where: { id: { startsWith: "syn-p-" } } });
    expect(Object.keys(await lib.cases.formOptions(actors.CASEWORKER, person.id))).not.toContain("sources");
    const choices = await lib.sources.sourceChoices(actors.CASEWORKER, { q: "synthetic report" });
    expect(choices).toHaveLength(lib.sources.SOURCE_CHOICES_LIMIT);
    expect(choices.every((c) => /synthetic/i.test(c.title) && /report/i.test(c.title))).toBe(true);
    const [first] = choices;
    expect(first).toBeDefined();
    if (first) expect(await lib.sources.sourceChoices(actors.CASEWORKER, { id: first.id })).toEqual([first]);
  });

  it("a long history is paged through every revision, newest first, a bounded page at a time", async () => {
    const person = await test.db.person.findFirstOrThrow({ where: { id: "syn-p-5" } });
    await test.db.$executeRaw`
      INSERT INTO revision (id, entity_type, entity_id, person_id, version, after, summary, origin, changed_at)
      SELECT 'guard-r' || k, 'person', ${person.id}, ${person.id}, k, jsonb_build_object('id', ${person.id}::text),
             'Change ' || k, 'edit',
             timestamp '2026-01-01' + ((k / 3) || ' minutes')::interval
      FROM generate_series(1, 250) k`;
    const seen: string[] = [];
    let pages = 0;
    let pageCount = 1;
    do {
      logged = [];
      const filter = lib.revisions.historyFilterSchema.parse({ page: String(pages + 1) });
      const page = await lib.revisions.caseHistory(actors.ADMIN, person.slug, filter);
      expect(page.total).toBe(250);
      expect(page.entries.length).toBeLessThanOrEqual(lib.revisions.HISTORY_PAGE_SIZE);
      // The person, one page of revisions with their authors, the total.
      expect(logged.length).toBe(4);
      seen.push(...page.entries.map((e) => e.id));
      pageCount = page.pages;
      pages++;
    } while (pages < pageCount);
    expect(pages).toBe(Math.ceil(250 / lib.revisions.HISTORY_PAGE_SIZE));
    expect(new Set(seen).size).toBe(250);
    const expected = await test.db.revision.findMany({
      where: { personId: person.id },
      orderBy: [{ changedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(seen).toEqual(expected.map((r) => r.id));
  });

  it("stats by year come from the generated year columns and equal a count over every record's JSON", async () => {
    const direct = await test.db.$queryRaw<{ year: number; detentions: bigint; releases: bigint }[]>`
      SELECT year::int AS year, count(*) FILTER (WHERE kind = 'arrest') AS detentions, count(*) FILTER (WHERE kind = 'release') AS releases
      FROM (
        SELECT 'arrest' AS kind, extract(year FROM (d->>'arrestDate')::date) AS year
          FROM public_person, jsonb_array_elements(record->'detentions') d WHERE d->>'arrestDate' IS NOT NULL
        UNION ALL
        SELECT 'release', extract(year FROM (d->>'releaseDate')::date)
          FROM public_person, jsonb_array_elements(record->'detentions') d WHERE d->>'releaseDate' IS NOT NULL
      ) events GROUP BY year ORDER BY year`;
    const check = async () => {
      const stats = await lib.stats.loadStats();
      const status = await test.db.$queryRaw<{ status: string; n: bigint }[]>`
        SELECT status, count(*) AS n FROM public_person GROUP BY status`;
      expect(Object.fromEntries(stats.byStatus.map((s) => [s.status, s.count]))).toEqual(
        Object.fromEntries(status.map((s) => [s.status, Number(s.n)])),
      );
      return stats;
    };
    const stats = await check();
    expect(stats.byYear.filter((y) => y.detentions + y.releases > 0)).toEqual(
      direct.map((d) => ({ year: d.year, detentions: Number(d.detentions), releases: Number(d.releases) })),
    );
    expect(logged.every((l) => !/jsonb_array_elements/.test(l.query))).toBe(true);
    // Unpublishing and republishing keep the counts exact.
    const before = stats.byStatus.reduce((n, s) => n + s.count, 0);
    await test.db.$executeRaw`DELETE FROM public_person WHERE person_id IN ('syn-p-1', 'syn-p-2', 'syn-p-3')`;
    expect((await check()).byStatus.reduce((n, s) => n + s.count, 0)).toBe(before - 3);
    await test.db.$executeRaw`SELECT refresh_public_person(id) FROM unnest(ARRAY['syn-p-1', 'syn-p-2', 'syn-p-3']) id`;
    expect((await check()).byStatus.reduce((n, s) => n + s.count, 0)).toBe(before);
  });

  it("the sitemap lists every published case and public source in files of at most SITEMAP_FILE_URLS (5,000) URLs", async () => {
    const counts = await lib.sitemap.countSitemapRows();
    expect(lib.sitemap.sitemapFileNames({ people: 100_000, sources: 10_000 })).toEqual([
      "pages.xml",
      ...Array.from({ length: 20 }, (_, i) => `prisoners-${i}.xml`),
      "sources-0.xml",
      "sources-1.xml",
    ]);
    const people = await lib.sitemap.readSitemapChunk("prisoners", 0);
    expect(people).toHaveLength(counts.people);
    expect(people.length).toBeLessThanOrEqual(lib.sitemap.SITEMAP_FILE_URLS);
    expect(await lib.sitemap.readSitemapChunk("sources", 0)).toHaveLength(counts.sources);
  });

  it("the directory reads its back pages from the end, and they hold the rows the forward order gives", async () => {
    const directory = await import("../../lib/public/directory");
    const { parseDirectoryParams } = await import("../../lib/public/directory-params");
    const total = await test.db.publicPerson.count();
    const pages = Math.ceil(total / directory.DIRECTORY_PAGE_SIZE);
    expect(pages).toBeGreaterThan(50);
    for (const page of [pages, pages - 1, Math.ceil(pages * 0.75), 2]) {
      const params = parseDirectoryParams({ page: String(page) });
      logged = [];
      const found = await directory.searchDirectory(params);
      const offset = (page - 1) * directory.DIRECTORY_PAGE_SIZE;
      // Past the middle, the statement walks at most half of the rows; before it, the forward order.
      const read = logged.find((l) => /FROM public_person WHERE/.test(l.query) && /LIMIT/.test(l.query));
      expect(read?.query, `page ${page}`).toMatch(offset > total / 2 ? /sort_name DESC/ : /OFFSET/);
      const forward = await test.db.$queryRaw<{ slug: string }[]>(directory.directoryStatements(params).rows);
      expect(
        found.people.map((p) => p.slug),
        `page ${page}`,
      ).toEqual(forward.map((r) => r.slug));
      expect(found.total).toBe(total);
    }
  });

  it("plans use the intended indexes", async () => {
    await test.db.$executeRawUnsafe("ANALYZE revision"); // after the long history written above
    const plan = async (sql: string) =>
      JSON.stringify(await test.db.$queryRawUnsafe<unknown[]>(`EXPLAIN (FORMAT JSON) ${sql}`));
    // The export's keyset page, as publicLetterRows writes it.
    const keyset = await plan(`SELECT person_id FROM public_person
      WHERE sort_name >= 'M' AND (sort_name > 'M' OR (sort_name = 'M' AND person_id > 'x'))
      ORDER BY sort_name, person_id LIMIT 50`);
    expect(keyset).toContain("public_person_sort_name_person_id_idx");
    expect(keyset).toContain('"Index Cond":"(sort_name >= \'M\'::text)"');
    // The same page of the released export: one ordered range within held = false, no sort.
    const released = await plan(`SELECT person_id FROM public_person
      WHERE held = false AND sort_name >= 'M' AND (sort_name > 'M' OR (sort_name = 'M' AND person_id > 'x'))
      ORDER BY sort_name, person_id LIMIT 50`);
    expect(released).toContain("public_person_held_sort_name_person_id_idx");
    expect(released).not.toContain('"Node Type":"Sort"');
    // The reading view's full-name and surname lookups.
    expect(
      await plan(`SELECT person_id FROM name_variant WHERE lower(text) = ANY (ARRAY['maria kalesnikava'])`),
    ).toContain("name_variant_lower_text_idx");
    expect(
      await plan(
        `SELECT person_id FROM name_variant WHERE lower(split_part(text, ' ', -1)) = ANY (ARRAY['kalesnikava'])`,
      ),
    ).toContain("name_variant_surname_idx");
    // The staff search's part of a display name as typed (its ILIKE had read every person):
    // at a few thousand people a scan is cheaper, so the probe asks whether an index can serve it.
    const [, typed] = await test.db.$transaction([
      test.db.$executeRawUnsafe("SET LOCAL enable_seqscan = off"),
      test.db.$queryRawUnsafe<unknown[]>(
        `EXPLAIN (FORMAT JSON) SELECT id FROM person WHERE display_name ILIKE '%Kalesnikava%'`,
      ),
    ]);
    expect(JSON.stringify(typed)).toContain("person_display_name_idx");
    // The staff search's key words, and the stale-key probe.
    expect(await plan(`SELECT person_id FROM name_variant WHERE key_words && ARRAY['kalesnikava']`)).toContain(
      "name_variant_key_words_idx",
    );
    expect(await plan(`SELECT id FROM name_variant WHERE key_version < 2 LIMIT 5000`)).toContain(
      "name_variant_key_version_idx",
    );
    // A case's history page.
    expect(
      await plan(`SELECT id FROM revision WHERE person_id = 'syn-p-5' ORDER BY changed_at DESC, id DESC LIMIT 101`),
    ).toContain("revision_person_id_changed_at_idx");
  });
});
