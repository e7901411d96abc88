// `npm run bench:public`: the public side at scale, on its own embedded PostgreSQL
// (.data/bench-postgres). Loads synthetic persons once (reused on later runs), then
// prints: directory search p50/p95 over a fixed mix of name queries (both scripts, with
// typos) through the app's own search function; the same statements' raw SQL time over
// plain pg; and case-page throughput from Next's cache, measured with autocannon over
// loopback. Needs a production build (`npm run build`). Usage:
//   npm run bench:public -- [--persons 100000] [--seconds 10] [--connections 20]
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { nextStart } from "./lib/next-start";
import { ensureSyntheticData } from "./lib/synthetic-data";

const { values } = parseArgs({
  options: {
    persons: { type: "string", default: "100000" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    rounds: { type: "string", default: "5" },
  },
});
const persons = Number(values.persons);
const DATA_DIR = process.env.CASEBOOK_BENCH_DATA_DIR ?? ".data/bench-postgres";
const PG_PORT = Number(process.env.CASEBOOK_BENCH_PG_PORT ?? 54332);
const HTTP_PORT = Number(process.env.CASEBOOK_BENCH_PORT ?? 3300);

/** Names as visitors type them: Belarusian and Russian forms, Latin and Cyrillic, some misspelt. */
export const QUERIES = [
  "Калеснікава",
  "Колесникова",
  "Kalesnikava",
  "Kolesnikova",
  "Kalesnikva",
  "Бяляцкі",
  "Беляцкий",
  "Bialiatski",
  "Byalyatsky",
  "Bialiatsky",
  "Ціханоўскі",
  "Tsikhanouski",
  "Tsikhanovski",
  "Кавалевіч",
  "Kovalevich",
  "Kavalevich",
  "Навіцевіч",
  "Novitsevich",
  "Navitsevch",
  "Мельнік",
  "Melnik",
  "Sakalouski",
  "Sokolovsky",
  "Hryhorenka",
  "Grigorenko",
  "Шаўчэнка",
  "Shevchenko",
  "Shauchenka",
  "Zaitsau",
  "Zaytsev",
  "Siarhei Kavalenka",
  "Сергей Коваленко",
  "Maryia Lukashevich",
  "Ольга Бондаренко",
  "Dzemidovich",
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;
/** NaN for no samples, which prints as "NaN ms" rather than failing the run. */
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN };
};

async function benchSearch(url: string) {
  process.env.DATABASE_URL = url;
  // Imported late: lib/db reads DATABASE_URL on first use.
  const { searchDirectory, directoryStatements } = await import("../lib/public/directory");
  const { directoryParamsSchema } = await import("../lib/public/directory-params");
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const rounds = Number(values.rounds);
  const app: number[] = [];
  const raw: number[] = [];
  const hits: Record<string, number> = {};
  for (let round = -1; round < rounds; round++) {
    for (const q of QUERIES) {
      const params = directoryParamsSchema.parse({ q });
      let started = performance.now();
      const result = await searchDirectory(params);
      const appTime = performance.now() - started;
      const { rows } = directoryStatements(params);
      started = performance.now();
      await pool.query(rows.text, rows.values);
      const rawTime = performance.now() - started;
      if (round >= 0) {
        app.push(appTime);
        raw.push(rawTime);
      } else hits[q] = result.total; // the first round warms caches and is not counted
    }
  }
  await pool.end();
  return { app: summary(app), raw: summary(raw), samples: app.length, hits };
}

async function benchCasePage(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const { rows } = await pool.query<{ slug: string }>(
    `SELECT slug FROM public_person ORDER BY person_id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM public_person)`,
  );
  await pool.end();
  const slug = rows[0]?.slug;
  if (!slug) throw new Error("No published person to benchmark: the synthetic data did not load");
  const server = nextStart(HTTP_PORT, { DATABASE_URL: url });
  try {
    const target = `http://127.0.0.1:${HTTP_PORT}/prisoners/${slug}`;
    for (let attempt = 0; ; attempt++) {
      try {
        if ((await fetch(target)).ok) break;
      } catch {
        // not listening yet
      }
      if (attempt > 120) throw new Error("next start did not answer");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const cacheState = (await fetch(target)).headers.get("x-nextjs-cache");
    // A short load first, not counted, like the search's warm-up round: a freshly started
    // server serves its first second at about half speed while V8 compiles the hot path.
    const warmUp = await autocannon({ url: target, connections: Number(values.connections), duration: 3 });
    const result = await autocannon({
      url: target,
      connections: Number(values.connections),
      duration: Number(values.seconds),
    });
    return { slug, cacheState, warmUp, result };
  } finally {
    // Wait for Next to exit before PostgreSQL stops, or a background revalidation in
    // flight logs a dropped connection.
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
}

// The default shared_buffers (128 MB) is smaller than public_person at 100,000 persons
// (about 220 MB); a production server would be given more. Printed with the results.
const SETTINGS = { shared_buffers: process.env.CASEBOOK_BENCH_SHARED_BUFFERS ?? "512MB" };
const db = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, log: console.error, settings: SETTINGS });
try {
  await ensureSyntheticData(db.url, persons, DATA_DIR);
  const search = await benchSearch(db.url);
  const page = await benchCasePage(db.url);
  const { result } = page;
  console.log(`
Casebook public benchmark — ${persons.toLocaleString("en")} persons, PostgreSQL shared_buffers ${SETTINGS.shared_buffers}, Node ${process.version}, ${(await import("node:os")).cpus().length} cores, load average ${(
    await import("node:os")
  )
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}

Search (${QUERIES.length} name queries × ${values.rounds} rounds = ${search.samples} samples, after one warm-up round)
  app (searchDirectory: keys, SQL via Prisma, match explanation)  p50 ${ms(search.app.p50)}  p95 ${ms(search.app.p95)}  max ${ms(search.app.max)}
  raw SQL (the same statement via pg)                             p50 ${ms(search.raw.p50)}  p95 ${ms(search.raw.p95)}  max ${ms(search.raw.max)}
  app p95 / raw p95: ${(search.app.p95 / search.raw.p95).toFixed(2)}×
  matches per query: ${Object.entries(search.hits)
    .map(([q, n]) => `${q} ${n}`)
    .join(", ")}

Case page /prisoners/${page.slug} (x-nextjs-cache before the run: ${page.cacheState ?? "none"})
  warm-up (not counted): ${page.warmUp.requests.average.toFixed(0)} req/s over 3 s
  autocannon ${values.connections} connections × ${values.seconds} s over loopback
  ${result.requests.average.toFixed(0)} req/s average, per-second median ${result.requests.p50} (${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors)
  latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms
`);
} finally {
  await db.stop();
}
