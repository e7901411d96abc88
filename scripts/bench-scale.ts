// `npm run bench:scale`: every page type, the API, exports, sitemap, feeds and stats at
// scale, on its own embedded PostgreSQL (.data/bench-scale-postgres) holding bench:public's
// synthetic persons plus one heavy case (1,000 cited timeline events, 1,000 revisions).
// Serves the production build (`npm run build` first) with `next start`, signs in a
// caseworker with a minted session cookie, and prints one table: path, p50, p95, bytes,
// the server's peak memory while serving it, the budget and pass/fail, with the load.
//   npm run bench:scale -- [--persons 100000] [--samples 5] [--only REGEX] [--load-only]
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { nextStart } from "./lib/next-start";
import { ensureSyntheticData, rekey } from "./lib/synthetic-data";
import { ensureHeavyCase, HEAVY_SLUG } from "./bench/heavy-case";

const { values } = parseArgs({
  options: {
    persons: { type: "string", default: "100000" },
    samples: { type: "string", default: "5" },
    only: { type: "string" },
    "load-only": { type: "boolean", default: false },
    "export-seconds": { type: "string", default: "120" },
  },
});
const persons = Number(values.persons);
const SAMPLES = Number(values.samples);
const DATA_DIR = process.env.CASEBOOK_BENCH_SCALE_DATA_DIR ?? ".data/bench-scale-postgres";
const PG_PORT = Number(process.env.CASEBOOK_BENCH_PG_PORT ?? 54334);
const HTTP_PORT = Number(process.env.PORT ?? 3310);
const SECRET = "bench-scale-secret-not-for-production-0123456789";
const KB = 1024;
const MB = 1024 * 1024;

type Budget = { ms?: number; bytes?: number; rss?: number; rowsPerSecond?: number };
type Probe = {
  name: string;
  path: string;
  staff?: boolean;
  /** The workspace role that opens it (default a caseworker). */
  role?: StaffRole;
  budget: Budget;
  samples?: number;
  export?: boolean;
};
type StaffRole = "CASEWORKER" | "CAMPAIGNER";
type Row = {
  name: string;
  path: string;
  p50: number;
  p95: number;
  bytes: number;
  rssMb: number;
  status: number;
  note: string;
  budget: string;
  pass: boolean;
};

const PAGE: Budget = { ms: 300, bytes: 200 * KB };
const LOAD = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** Resident memory of the server and its children, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      const children = fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      for (const c of children.split(/\s+/).filter(Boolean)) visit(Number(c));
    } catch {
      // exited
    }
  };
  visit(pid);
  return total;
}

async function fetchOnce(url: string, cookie: string | null, deadlineMs?: number) {
  const started = performance.now();
  const controller = new AbortController();
  let response: Response;
  try {
    response = await fetch(url, {
      headers: cookie ? { cookie } : {},
      redirect: "manual",
      signal: controller.signal,
    });
  } catch {
    // The server closed the connection without answering (an export failing before its first row).
    return { ms: performance.now() - started, bytes: 0, lines: 0, status: 599, truncated: false };
  }
  let bytes = 0;
  let lines = 0;
  let truncated = false;
  let failed = false;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      // A download the server breaks off (an export failing midway) counts as a failure.
      const { done, value } = await reader.read().catch(() => ((failed = true), { done: true, value: undefined }));
      if (done || !value) break;
      bytes += value.byteLength;
      for (const b of value) if (b === 10) lines++;
      if (deadlineMs && performance.now() - started > deadlineMs) {
        truncated = true;
        controller.abort();
        await reader.cancel().catch(() => {});
        break;
      }
    }
  }
  return { ms: performance.now() - started, bytes, lines, status: failed ? 599 : response.status, truncated };
}

/** NaN for no samples, which prints as "NaN" rather than failing the run. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function measure(base: string, probe: Probe, cookie: string | null, serverPid: number): Promise<Row> {
  const samples = probe.export ? 1 : (probe.samples ?? SAMPLES);
  const atStart = treeRss(serverPid);
  let peak = atStart;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(serverPid))), 50);
  const times: number[] = [];
  let last = { ms: 0, bytes: 0, lines: 0, status: 0, truncated: false };
  try {
    if (!probe.export) await fetchOnce(base + probe.path, cookie); // warm-up, not counted
    for (let i = 0; i < samples; i++) {
      last = await fetchOnce(
        base + probe.path,
        cookie,
        probe.export ? Number(values["export-seconds"]) * 1000 : undefined,
      );
      times.push(last.ms);
    }
  } finally {
    clearInterval(sampler);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  const b = probe.budget;
  const checks: [boolean, string][] = [];
  let note = "";
  if (b.ms) checks.push([p95 <= b.ms, `p95≤${b.ms}ms`]);
  if (b.bytes) checks.push([last.bytes <= b.bytes, `≤${Math.round(b.bytes / KB)}KB`]);
  if (b.rss) checks.push([peak <= b.rss, `RSS≤${Math.round(b.rss / MB)}MB`]);
  if (b.rowsPerSecond) {
    const rows = Math.max(0, last.lines - 1);
    const rate = rows / (last.ms / 1000);
    note = `${rows.toLocaleString("en")} rows, ${rate.toFixed(0)} rows/s${last.truncated ? " (stopped at the time limit)" : ""}`;
    checks.push([rate >= b.rowsPerSecond && !last.truncated, `≥${b.rowsPerSecond} rows/s`]);
  } else if (probe.export) {
    note = last.truncated ? "stopped at the time limit" : "complete";
  }
  // Each export runs on a freshly started server: its peak is the export's, not the pages' before it.
  if (probe.export) note += `; server RSS ${(atStart / MB).toFixed(0)} MB at start`;
  // A redirect is not the page: a 307 once passed here with a 20-byte body.
  checks.push([last.status >= 200 && last.status < 300 && !last.truncated, "2xx"]);
  return {
    name: probe.name,
    path: probe.path,
    p50,
    p95,
    bytes: last.bytes,
    rssMb: peak / MB,
    status: last.status,
    note,
    budget: checks.map(([, label]) => label).join(" "),
    pass: checks.every(([ok]) => ok),
  };
}

async function probes(url: string): Promise<Probe[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on("error", () => {}); // a failed setup query is reported below; the database then stops
  const one = async <Row extends pg.QueryResultRow>(sql: string): Promise<Row> => {
    const [row] = (await client.query<Row>(sql)).rows;
    if (!row) throw new Error(`No row for ${sql.slice(0, 80)}: the synthetic data did not load`);
    return row;
  };
  const typical = await one<{ slug: string }>(
    `SELECT slug FROM public_person WHERE slug <> '${HEAVY_SLUG}' ORDER BY person_id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM public_person)`,
  );
  const source = await one<{ id: string }>(
    `SELECT source_id AS id FROM public_source WHERE source_id LIKE 'syn-s-%' ORDER BY source_id
     LIMIT 1 OFFSET (SELECT count(*) / 2 FROM public_source WHERE source_id LIKE 'syn-s-%')`,
  );
  // A surname shared by a few hundred published people: a printable pack's size.
  const surname = await one<{ name: string }>(
    `SELECT split_part(display_name, ' ', 2) AS name FROM public_person WHERE held
     GROUP BY 1 HAVING count(*) BETWEEN 100 AND 1000 ORDER BY count(*) DESC LIMIT 1`,
  );
  const pages = await one<{ n: number }>(`SELECT ceil(count(*) / 24.0)::int AS n FROM public_person`);
  await client.end();
  const slug = typical.slug;
  return [
    { name: "public home", path: "/", budget: PAGE },
    { name: "public directory", path: "/prisoners", budget: PAGE },
    { name: "public directory, last page", path: `/prisoners?page=${pages.n}`, budget: PAGE },
    { name: "public search", path: "/prisoners?q=Kalesnikava", budget: PAGE },
    { name: "public case page (typical)", path: `/prisoners/${slug}`, budget: PAGE },
    { name: "public case page (heavy, 1,000 events)", path: `/prisoners/${HEAVY_SLUG}`, budget: { ms: 500 } },
    {
      name: "public full timeline (heavy), last page",
      path: `/prisoners/${HEAVY_SLUG}/timeline?page=10`,
      budget: PAGE,
    },
    { name: "public source page", path: `/sources/${source.id}`, budget: PAGE },
    { name: "public stats", path: "/stats", budget: PAGE },
    { name: "public about", path: "/about", budget: PAGE },
    { name: "feed (site)", path: "/feed.xml", budget: PAGE },
    { name: "feed (case)", path: `/prisoners/${slug}/feed.xml`, budget: PAGE },
    { name: "sitemap", path: "/sitemap.xml", budget: PAGE },
    { name: "sitemap, first chunk", path: "/sitemap/prisoners-0.xml", budget: { ms: 300 } },
    { name: "API list", path: "/api/v1/prisoners", budget: PAGE },
    { name: "API case", path: `/api/v1/prisoners/${slug}`, budget: PAGE },
    { name: "API source", path: `/api/v1/sources/${source.id}`, budget: PAGE },
    { name: "workspace case list", path: "/workspace", staff: true, budget: PAGE },
    { name: "workspace case list, last page", path: "/workspace?page=1900", staff: true, budget: PAGE },
    { name: "workspace search (any spelling)", path: "/workspace?q=Kolesnikowa", staff: true, budget: PAGE },
    { name: "workspace case", path: `/workspace/prisoners/${slug}`, staff: true, budget: PAGE },
    {
      name: "workspace case (heavy)",
      path: `/workspace/prisoners/${HEAVY_SLUG}`,
      staff: true,
      budget: { ms: 500 },
    },
    { name: "workspace case history", path: `/workspace/prisoners/${slug}/history`, staff: true, budget: PAGE },
    {
      name: "workspace history (heavy)",
      path: `/workspace/prisoners/${HEAVY_SLUG}/history`,
      staff: true,
      budget: PAGE,
    },
    { name: "workspace edit form", path: `/workspace/prisoners/${slug}/edit`, staff: true, budget: PAGE },
    {
      name: "workspace new-item form",
      path: `/workspace/prisoners/${slug}/items/timelineEvent/new`,
      staff: true,
      budget: PAGE,
    },
    { name: "workspace sources", path: "/workspace/sources", staff: true, budget: PAGE },
    { name: "workspace source reading view", path: `/workspace/sources/${source.id}`, staff: true, budget: PAGE },
    { name: "workspace sourcing worklist", path: "/workspace/sourcing", staff: true, budget: PAGE, samples: 3 },
    { name: "workspace facilities", path: "/workspace/facilities", staff: true, budget: PAGE },
    { name: "workspace campaigns", path: "/workspace/campaigns", staff: true, role: "CAMPAIGNER", budget: PAGE },
    { name: "workspace import", path: "/workspace/import", staff: true, budget: PAGE },
    {
      name: "export CSV, all cases",
      path: "/workspace/export?format=csv",
      staff: true,
      export: true,
      budget: { rss: 400 * MB, rowsPerSecond: 2000 },
    },
    {
      name: "export XLSX, all cases",
      path: "/workspace/export?format=xlsx",
      staff: true,
      export: true,
      budget: { rss: 400 * MB },
    },
    {
      name: `export PDF, held, surname ${surname.name}`,
      path: `/workspace/export?format=pdf&status=held&q=${encodeURIComponent(surname.name)}`,
      staff: true,
      export: true,
      budget: { rss: 400 * MB },
    },
    {
      name: "export CSV, released",
      path: "/workspace/export?format=csv&status=released",
      staff: true,
      export: true,
      budget: { rss: 400 * MB, rowsPerSecond: 2000 },
    },
  ];
}

async function staffCookie(url: string, role: StaffRole) {
  const id = `bench-scale-${role.toLowerCase()}`;
  const email = `${id}@example.org`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `INSERT INTO app_user (id, email, name, role, password_hash, updated_at)
     VALUES ($1, $2, 'Bench ' || lower($3), $3::"Role", 'not-a-hash', now())
     ON CONFLICT (id) DO NOTHING`,
    [id, email, role],
  );
  const { rows } = await client.query<{ session_version: number }>(
    `SELECT session_version FROM app_user WHERE id = $1`,
    [id],
  );
  await client.end();
  const token = await encode({
    token: { uid: id, sv: rows[0]?.session_version ?? 0, email, name: "Bench" },
    secret: SECRET,
  });
  return `next-auth.session-token=${token}`;
}

async function startServer(url: string): Promise<ChildProcess> {
  const server = nextStart(HTTP_PORT, {
    DATABASE_URL: url,
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://127.0.0.1:${HTTP_PORT}`,
  });
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${HTTP_PORT}/about`)).status < 500) return server;
    } catch {
      // not listening yet
    }
    if (attempt > 240) throw new Error("next start did not answer");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function stop(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

async function restart(server: ChildProcess, url: string) {
  await stop(server);
  return startServer(url);
}

function printTable(rows: Row[]) {
  const header = ["path", "p50 ms", "p95 ms", "bytes", "peak RSS MB", "budget", "result", "note"];
  const cells = rows.map((r) => [
    `${r.name} ${r.path}`,
    r.p50.toFixed(0),
    r.p95.toFixed(0),
    r.bytes.toLocaleString("en"),
    r.rssMb.toFixed(0),
    r.budget,
    r.pass ? "pass" : `FAIL${r.status === 599 ? " (download broken off)" : r.status >= 300 ? ` (${r.status})` : ""}`,
    r.note,
  ]);
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const c of cells) console.log(`| ${c.join(" | ")} |`);
}

const SETTINGS = { shared_buffers: process.env.CASEBOOK_BENCH_SHARED_BUFFERS ?? "512MB" };
const db = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, log: console.error, settings: SETTINGS });
try {
  await ensureSyntheticData(db.url, persons, DATA_DIR);
  await ensureHeavyCase(db.url, { events: 1000 });
  await rekey(db.url);
  if (!values["load-only"]) {
    const list = (await probes(db.url)).filter((p) => !values.only || new RegExp(values.only).test(p.name));
    const cookies: Record<StaffRole, string> = {
      CASEWORKER: await staffCookie(db.url, "CASEWORKER"),
      CAMPAIGNER: await staffCookie(db.url, "CAMPAIGNER"),
    };
    let server = await startServer(db.url);
    const rows: Row[] = [];
    const loadBefore = LOAD();
    try {
      for (const probe of list) {
        if (probe.export) server = await restart(server, db.url);
        const cookie = probe.staff ? cookies[probe.role ?? "CASEWORKER"] : null;
        const row = await measure(`http://127.0.0.1:${HTTP_PORT}`, probe, cookie, server.pid!);
        console.error(
          `  ${row.name}: p50 ${row.p50.toFixed(0)} ms, p95 ${row.p95.toFixed(0)} ms, ${row.bytes} bytes, ${row.rssMb.toFixed(0)} MB`,
        );
        rows.push(row);
      }
    } finally {
      await stop(server);
    }
    console.log(`
Casebook scale benchmark — ${persons.toLocaleString("en")} persons + a case of 1,000 cited events, ${SAMPLES} samples per page after one warm-up (exports: one run, stopped after ${values["export-seconds"]} s), PostgreSQL shared_buffers ${SETTINGS.shared_buffers}, Node ${process.version}, ${os.cpus().length} cores
load average at start ${loadBefore}, at end ${LOAD()} (a shared machine: figures are slower than on a quiet one)
`);
    printTable(rows);
    console.log(
      `\n${rows.filter((r) => r.pass).length} of ${rows.length} within budget. Peak RSS is the next start process tree's while serving that path.`,
    );
  }
} finally {
  await db.stop();
}
