// `npm run bench:proxy`: case-page throughput in one run, three ways, on the demo data
// (its own embedded PostgreSQL in .data/bench-proxy-postgres):
//   1. directly from the app (Next's cache, checked against the shared tag table per read),
//   2. through nginx's proxy cache (deploy/nginx/casebook.conf.template),
//   3. nginx serving the same HTML as a static file (the ceiling for 2).
// Needs a production build (`npm run build`) and nginx. Usage:
//   npm run bench:proxy -- [--seconds 10] [--connections 50]
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "50" } },
});
const APP = Number(process.env.PORT ?? 3000);
const PROXY = Number(process.env.BENCH_PROXY_PORT ?? APP + 200);
const PURGE = PROXY + 1;
const STATIC = PROXY + 2;
const PAGE = "/prisoners/maria-kalesnikava";

const children: ChildProcess[] = [];
const stopAll = () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
};
process.on("exit", stopAll);

async function waitFor(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

async function measure(label: string, url: string) {
  await autocannon({ url, connections: Number(values.connections), duration: 3 }); // warm-up, not counted
  const result = await autocannon({ url, connections: Number(values.connections), duration: Number(values.seconds) });
  const ok = result["2xx"];
  console.log(
    `${label.padEnd(34)} ${result.requests.average.toFixed(0).padStart(7)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  non-2xx ${result.non2xx}  (2xx ${ok})`,
  );
  return result.requests.average;
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "casebook-bench-proxy-"));
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/run-app.ts", "start"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(APP),
      DATABASE_URL: "",
      CASEBOOK_DATA_DIR: ".data/bench-proxy-postgres",
      CASEBOOK_PG_PORT: process.env.BENCH_PG_PORT ?? "54333",
      CASEBOOK_PROXY_PURGE_URLS: `http://127.0.0.1:${PURGE}`,
      LOG_LEVEL: "warn",
    },
  });
  children.push(app);
  await waitFor(`http://127.0.0.1:${APP}/api/health/ready`);
  const html = await (await fetch(`http://127.0.0.1:${APP}${PAGE}`)).text();
  fs.mkdirSync(path.join(work, "static/prisoners"), { recursive: true });
  fs.writeFileSync(path.join(work, "static/prisoners/maria-kalesnikava.html"), html);

  const server = fs
    .readFileSync("deploy/nginx/casebook.conf.template", "utf8")
    .replaceAll("${CASEBOOK_UPSTREAM_SERVERS}", `server 127.0.0.1:${APP};`)
    .replaceAll("${CASEBOOK_PROXY_LISTEN}", `127.0.0.1:${PROXY}`)
    .replaceAll("${CASEBOOK_PURGE_LISTEN}", `127.0.0.1:${PURGE}`)
    .replaceAll("${CASEBOOK_CACHE_DIR}", path.join(work, "cache"));
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"];
  for (const dir of ["cache", ...temp]) fs.mkdirSync(path.join(work, dir), { recursive: true, mode: 0o777 });
  fs.chmodSync(work, 0o777);
  fs.chmodSync(path.join(work, "static"), 0o755);
  fs.writeFileSync(path.join(work, "casebook.conf"), server);
  fs.writeFileSync(
    path.join(work, "nginx.conf"),
    [
      "worker_processes 1;",
      `pid ${work}/nginx.pid;`,
      "events { worker_connections 4096; }",
      "http {",
      "  access_log off;",
      ...temp.map((t) => `  ${t}_temp_path ${work}/${t};`),
      `  include ${work}/casebook.conf;`,
      // The same page as a file: what nginx alone can do on this machine.
      `  server { listen 127.0.0.1:${STATIC}; root ${work}/static; default_type text/html; location / { try_files $uri.html =404; } }`,
      "}",
    ].join("\n"),
  );
  const nginx = spawn(
    "nginx",
    ["-p", work, "-e", path.join(work, "error.log"), "-c", path.join(work, "nginx.conf"), "-g", "daemon off;"],
    { stdio: "inherit" },
  );
  children.push(nginx);
  await waitFor(`http://127.0.0.1:${PROXY}/api/health/live`);
  const stored = await fetch(`http://127.0.0.1:${PROXY}${PAGE}`);
  await stored.text();

  console.log(
    `\ncase page ${PAGE}, ${html.length} bytes; autocannon ${values.connections} connections × ${values.seconds} s over loopback; 1 nginx worker`,
  );
  console.log(`load before: ${fs.readFileSync("/proc/loadavg", "utf8").trim()} on ${os.cpus().length} cores`);
  const direct = await measure("app directly", `http://127.0.0.1:${APP}${PAGE}`);
  const proxied = await measure("nginx proxy cache", `http://127.0.0.1:${PROXY}${PAGE}`);
  const file = await measure("nginx static file", `http://127.0.0.1:${STATIC}${PAGE}`);
  console.log(`load after:  ${fs.readFileSync("/proc/loadavg", "utf8").trim()}`);
  console.log(
    `proxy cache / static file = ${(proxied / file).toFixed(2)}; proxy cache / app = ${(proxied / direct).toFixed(1)}×`,
  );
  stopAll();
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  stopAll();
  process.exit(1);
});
