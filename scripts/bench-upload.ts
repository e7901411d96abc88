// `npm run bench:upload`: is the app still answering while someone uploads hostile files?
// Starts the production build with the launcher (its own embedded PostgreSQL in
// .data/bench-upload-postgres), signs in as the demo caseworker, and for each attack
// uploads the file through the real forms (as a browser without JavaScript would) while
// polling /api/health every 100 ms; prints the upload's answer and the health latency
// (p50, p95, max) next to an idle baseline, and the machine's load. Needs `npm run build`.
//   npm run bench:upload -- [--baseline-seconds 5]
// Ports: CASEBOOK_BENCH_PORT (HTTP, 3301), CASEBOOK_BENCH_PG_PORT (PostgreSQL, 54332).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";

const { values } = parseArgs({ options: { "baseline-seconds": { type: "string", default: "5" } } });
const HTTP_PORT = Number(process.env.CASEBOOK_BENCH_PORT ?? 3301);
const PG_PORT = Number(process.env.CASEBOOK_BENCH_PG_PORT ?? 54332);
const DATA_DIR = ".data/bench-upload-postgres";
const BASE = `http://127.0.0.1:${HTTP_PORT}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}

const app = spawn("npx", ["tsx", "scripts/run-app.ts", "start"], {
  env: {
    ...process.env,
    PORT: String(HTTP_PORT),
    CASEBOOK_DATA_DIR: DATA_DIR,
    CASEBOOK_PG_PORT: String(PG_PORT),
    DATABASE_URL: "",
  },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true, // its own process group: npx, tsx and the launcher are stopped together
});
const stopApp = () => {
  try {
    process.kill(-app.pid!, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("exit", stopApp);

async function health(): Promise<number | null> {
  const started = performance.now();
  try {
    const response = await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.ok ? performance.now() - started : null;
  } catch {
    return null;
  }
}

/** Polls /api/health every 100 ms until `until` settles; returns each latency (null: failed). */
async function pollHealthDuring(until: Promise<unknown>) {
  const samples: (number | null)[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    const started = Date.now();
    samples.push(await health());
    await sleep(Math.max(0, 100 - (Date.now() - started)));
  }
  return samples;
}

function summary(samples: (number | null)[]) {
  const ok = samples.filter((s): s is number => s !== null).sort((a, b) => a - b);
  const at = (q: number) => ok[Math.min(ok.length - 1, Math.floor(q * ok.length))] ?? NaN;
  const failed = samples.length - ok.length;
  return `${samples.length} health checks, p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${(ok.at(-1) ?? NaN).toFixed(0)} ms${failed ? `, ${failed} FAILED` : ""}`;
}

let cookies = "";
function keepCookies(response: Response) {
  for (const cookie of response.headers.getSetCookie()) {
    const pair = cookie.split(";")[0] ?? "";
    const name = pair.split("=")[0];
    cookies = [...cookies.split("; ").filter((c) => c && !c.startsWith(`${name}=`)), pair].join("; ");
  }
}

async function signIn() {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  keepCookies(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies },
    body: new URLSearchParams({
      email: "caseworker@casebook.test",
      password: "casebook-demo",
      csrfToken,
      json: "true",
    }),
  });
  keepCookies(response);
  if (!cookies.includes("session-token")) throw new Error("Sign-in failed");
}

/** The hidden fields React renders into a form so that it works without JavaScript. */
async function formFields(pagePath: string): Promise<[string, string][]> {
  const html = await (await fetch(`${BASE}${pagePath}`, { headers: { Cookie: cookies } })).text();
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map((m) => [
    unescape(m[1] ?? ""),
    unescape(m[2] ?? ""),
  ]);
}

/** Submits a page's upload form with `file`, as a browser without JavaScript would. */
async function upload(pagePath: string, field: string, file: File, extra: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of await formFields(pagePath)) form.append(name, value);
  for (const [name, value] of Object.entries(extra)) form.append(name, value);
  form.append(field, file);
  const started = performance.now();
  const response = await fetch(`${BASE}${pagePath}`, {
    method: "POST",
    headers: { Cookie: cookies, Origin: BASE },
    body: form,
    redirect: "manual",
  });
  const text = await response.text();
  const message =
    text.match(
      /(larger than [^.<]*|took longer than [^.<]*|needed more than [^.<]*|a cell in column [A-Z]+|busy[^.<]*)/,
    )?.[1] ?? text.slice(0, 80).replace(/\s+/g, " ");
  return { status: response.status, ms: performance.now() - started, message };
}

async function xfdBomb() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("People");
  sheet.getRow(1).values = ["Name", "Date of birth"];
  sheet.getCell("A2").value = "Ivan Petrov";
  sheet.getCell("XFD2").value = "x";
  return new File([Buffer.from(await workbook.xlsx.writeBuffer())], "bomb.xlsx");
}
const blockPage = (blocks: number) =>
  "<html><body>" +
  Array.from(
    { length: blocks },
    (_, i) => `<div class="c${i % 50}"><p>Word ${i} of a page, with commas.</p></div>`,
  ).join("") +
  "</body></html>";
const sourceFields = { title: "Bench", language: "en", type: "NEWS", reliability: "HIGH", visibility: "INTERNAL" };

async function main() {
  const deadline = Date.now() + 180_000;
  while ((await health()) === null) {
    if (Date.now() > deadline) throw new Error("The app did not start");
    await sleep(500);
  }
  await signIn();
  console.log(
    `bench:upload on ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );

  const baseline = await pollHealthDuring(sleep(Number(values["baseline-seconds"]) * 1000));
  console.log(`idle baseline: ${summary(baseline)}`);

  const attacks: [string, () => Promise<{ status: number; ms: number; message: string }>][] = [
    ["XLSX, one cell in column XFD (6 KB)", async () => upload("/workspace/import", "file", await xfdBomb())],
    [
      "saved page, 20,000 sibling blocks (1.2 MB; minutes of Readability)",
      () => upload("/workspace/sources/new", "$html", new File([blockPage(20_000)], "page.html"), sourceFields),
    ],
    [
      "saved page, 8 MB",
      () => upload("/workspace/sources/new", "$html", new File([blockPage(130_000)], "page.html"), sourceFields),
    ],
    [
      "request body 12 MB (over the 11 MB body limit)",
      () => upload("/workspace/import", "file", new File([Buffer.alloc(12 * 1024 * 1024, "a")], "big.csv")),
    ],
  ];
  for (const [name, attack] of attacks) {
    let answer: { status: number; ms: number; message: string } | undefined;
    const samples = await pollHealthDuring(attack().then((a) => (answer = a)));
    console.log(`${name}:`);
    console.log(`  upload answered ${answer!.status} in ${(answer!.ms / 1000).toFixed(1)} s: "${answer!.message}"`);
    console.log(`  during it: ${summary(samples)}`);
  }
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    stopApp();
    await new Promise((resolve) => app.once("exit", resolve));
  });
