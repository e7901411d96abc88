// `npm run bench:search-table`: every spelling in the table below, through the public
// directory's search and the workspace's case search (the app's own functions, not HTTP),
// on bench:scale's database: matches found and latency p50/p95 over `rounds` rounds after
// a warm-up round. Run after bench:scale has loaded the data.
//   npm run bench:search-table -- [--rounds 5]
import os from "node:os";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";

/** Spellings readers and the press use; the synthetic names are Belarusian and Russian forms. */
export const SPELLINGS: [spelling: string, note: string][] = [
  ["Kalesnikava", "Belarusian romanisation"],
  ["Kolesnikova", "Russian form, English press"],
  ["Kolesnikowa", "German and Polish press"],
  ["Калеснікава", "Belarusian Cyrillic"],
  ["Колесникова", "Russian Cyrillic"],
  ["Kavalenka", "Belarusian romanisation"],
  ["Kovalenko", "Russian form"],
  ["Kowalenko", "German and Polish press (w for в)"],
  ["Sakalouski", "Belarusian passport"],
  ["Sokolovsky", "Russian form, English press"],
  ["Sokolowski", "Polish and German press"],
  ["Sokołowski", "Polish press with ł"],
  ["Lukashevich", "Russian form"],
  ["Lukaschewitsch", "German press (sch, tsch)"],
  ["Łukaszewicz", "Polish press (sz, cz)"],
  ["Navitski", "Belarusian passport"],
  ["Novitsky", "English press"],
  ["Nowicki", "Polish press"],
  ["Nowizki", "German press (z for ц)"],
  ["Melnik", "Russian form"],
  ["Melnyk", "Ukrainian-style press spelling"],
  ["Dzemidovich", "Belarusian"],
  ["Demidowitsch", "German press"],
  ["Demidowicz", "Polish press"],
  ["Kozlov", "Russian form"],
  ["Koslow", "German press (s for з)"],
  ["Kozłow", "Polish press"],
  ["Sadouski", "Belarusian passport"],
  ["Sadowski", "Polish and German press"],
  ["Maxim Kavalenka", "x for кс"],
  ["Maksim Kavalenka", "ks"],
  ["Aleksandr Lukashou", "Russian first name, Belarusian surname"],
  ["Alexander Lukaschow", "English x, German w"],
  ["Siarhei Kavalenka", "Belarusian passport"],
  ["Sergej Kowalenko", "German press"],
  ["Siergiej Kowalenko", "Polish press"],
  ["Jauhienija", "Łacinka-like"],
  ["Yevgeniya", "Russian form"],
  ["Ksenia", "English press"],
  ["Xenia", "x for кс (German press)"],
  ["Kasia Kavalenka", "no one of that name"],
];

const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const DATA_DIR = process.env.CASEBOOK_BENCH_SCALE_DATA_DIR ?? ".data/bench-scale-postgres";
const PG_PORT = Number(process.env.CASEBOOK_BENCH_PG_PORT ?? 54334);

/** NaN for no samples, which prints as "NaN" rather than failing the run. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const db = await startEmbeddedPostgres({
  dataDir: DATA_DIR,
  port: PG_PORT,
  log: console.error,
  settings: { shared_buffers: "512MB" },
});
try {
  process.env.DATABASE_URL = db.url;
  // Imported late: lib/db reads DATABASE_URL on first use.
  const { searchDirectory } = await import("../../lib/public/directory");
  const { directoryParamsSchema } = await import("../../lib/public/directory-params");
  const { listCases } = await import("../../lib/cases/queries");
  const actor = {
    id: "bench-scale-staff",
    email: "bench-scale@example.org",
    name: "Bench",
    role: "CASEWORKER" as const,
  };
  const rounds = Number(values.rounds);
  const rows: { spelling: string; note: string; pub: number; ws: number; pubTimes: number[]; wsTimes: number[] }[] =
    SPELLINGS.map(([spelling, note]) => ({ spelling, note, pub: 0, ws: 0, pubTimes: [], wsTimes: [] }));
  const loadBefore = os.loadavg();
  for (let round = -1; round < rounds; round++) {
    for (const row of rows) {
      let started = performance.now();
      const pub = await searchDirectory(directoryParamsSchema.parse({ q: row.spelling }));
      const pubMs = performance.now() - started;
      started = performance.now();
      const ws = await listCases(actor, { q: row.spelling, status: "", publication: "" });
      const wsMs = performance.now() - started;
      if (round < 0) {
        row.pub = pub.total;
        row.ws = ws.total;
      } else {
        row.pubTimes.push(pubMs);
        row.wsTimes.push(wsMs);
      }
    }
  }
  const all = (pick: (r: (typeof rows)[number]) => number[]) => rows.flatMap(pick).sort((a, b) => a - b);
  console.log(`
Search table — bench:scale's database, ${rounds} rounds after a warm-up round, Node ${process.version}, ${os.cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")} → ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}

| spelling | what it is | public directory: matches | p95 ms | workspace search: matches | p95 ms |
|---|---|---|---|---|---|`);
  for (const r of rows) {
    const p95 = (t: number[]) =>
      percentile(
        [...t].sort((a, b) => a - b),
        95,
      ).toFixed(0);
    console.log(
      `| ${r.spelling} | ${r.note} | ${r.pub > 0 ? r.pub.toLocaleString("en") : "not found"} | ${p95(r.pubTimes)} | ${r.ws > 0 ? r.ws.toLocaleString("en") : "not found"} | ${p95(r.wsTimes)} |`,
    );
  }
  console.log(
    `\nAll queries: public p50 ${percentile(
      all((r) => r.pubTimes),
      50,
    ).toFixed(0)} ms, p95 ${percentile(
      all((r) => r.pubTimes),
      95,
    ).toFixed(0)} ms; workspace p50 ${percentile(
      all((r) => r.wsTimes),
      50,
    ).toFixed(0)} ms, p95 ${percentile(
      all((r) => r.wsTimes),
      95,
    ).toFixed(0)} ms`,
  );
} finally {
  await db.stop();
}
