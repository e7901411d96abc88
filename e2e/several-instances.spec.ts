import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

// Several instances, one truth (issue 16). Instance A is the suite's server; instance B
// runs from its own copy of the build (as a second machine would) on the same database;
// nginx caches case pages in front of both. Before the shared cache handler, B kept
// serving an unpublished case from its own cache (x-nextjs-cache: STALE), in every
// language and in the feed; before purging, so did the proxy.

const A = Number(process.env.E2E_PORT ?? 3100);
const B = Number(process.env.E2E_SECOND_PORT ?? 3400);
const PROXY = Number(process.env.E2E_NGINX_PORT ?? 3500);
const PURGE = Number(process.env.E2E_NGINX_PURGE_PORT ?? PROXY + 1);
const DATABASE_URL = `postgresql://postgres:casebook-local@127.0.0.1:${process.env.E2E_PG_PORT ?? 54330}/casebook`;
const ORIGIN = "https://casebook.example.org";
const pathsOf = (slug: string) => [
  `/prisoners/${slug}`,
  `/be/prisoners/${slug}`,
  `/ru/prisoners/${slug}`,
  `/prisoners/${slug}/feed.xml`,
];
const hasNginx = spawnSync("sh", ["-c", "command -v nginx"]).status === 0;

let second: ChildProcess | undefined;
let proxy: ChildProcess | undefined;
let workDir = "";

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

function startNginx() {
  const template = fs.readFileSync("deploy/nginx/casebook.conf.template", "utf8");
  const server = template
    .replaceAll("${CASEBOOK_UPSTREAM_SERVERS}", `server 127.0.0.1:${A}; server 127.0.0.1:${B};`)
    .replaceAll("${CASEBOOK_PROXY_LISTEN}", `127.0.0.1:${PROXY}`)
    .replaceAll("${CASEBOOK_PURGE_LISTEN}", `127.0.0.1:${PURGE}`)
    .replaceAll("${CASEBOOK_CACHE_DIR}", path.join(workDir, "cache"));
  fs.writeFileSync(path.join(workDir, "casebook.conf"), server);
  fs.writeFileSync(
    path.join(workDir, "nginx.conf"),
    [
      "worker_processes 1;",
      `pid ${workDir}/nginx.pid;`,
      `error_log ${workDir}/error.log warn;`,
      "events { worker_connections 1024; }",
      "http {",
      "  access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${workDir}/${t};`),
      `  include ${workDir}/casebook.conf;`,
      "}",
    ].join("\n"),
  );
  // Workers may run as another user when the suite runs as root.
  for (const dir of ["cache", "client_body", "proxy", "fastcgi", "uwsgi", "scgi"])
    fs.mkdirSync(path.join(workDir, dir), { recursive: true, mode: 0o777 });
  fs.chmodSync(workDir, 0o777);
  return spawn(
    "nginx",
    ["-p", workDir, "-e", path.join(workDir, "error.log"), "-c", path.join(workDir, "nginx.conf"), "-g", "daemon off;"],
    {
      stdio: "inherit",
    },
  );
}

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "casebook-instances-"));
  // B's own build directory: a copy of the build, as deployed to a second machine.
  const distB = ".next-e2e-b";
  fs.rmSync(distB, { recursive: true, force: true });
  fs.cpSync(".next", distB, { recursive: true, filter: (source) => source !== path.join(".next", "cache") });
  second = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "start"], {
    stdio: ["ignore", process.env.E2E_SECOND_LOG ? fs.openSync(process.env.E2E_SECOND_LOG, "w") : "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(B),
      DATABASE_URL,
      CASEBOOK_DEMO: "1",
      CASEBOOK_DIST_DIR: distB,
      CASEBOOK_PROXY_PURGE_URLS: `http://127.0.0.1:${PURGE}`,
      // B also proves that absolute URLs come from the setting, not from the address it listens on.
      CASEBOOK_PUBLIC_URL: ORIGIN,
    },
  });
  await waitFor(`http://127.0.0.1:${B}/api/health/ready`);
  if (hasNginx) {
    proxy = startNginx();
    await waitFor(`http://127.0.0.1:${PROXY}/api/health/live`);
  }
});

test.afterAll(async () => {
  const stopped = (child?: ChildProcess) =>
    child && child.exitCode === null
      ? new Promise((resolve) => {
          child.once("exit", resolve);
          child.kill("SIGTERM");
        })
      : undefined;
  await Promise.all([stopped(second), stopped(proxy)]);
  fs.rmSync(".next-e2e-b", { recursive: true, force: true });
});

/** Publishing goes through the preview; the unsourced biography needs an explicit confirmation (issue 13). */
async function publish(page: Page) {
  await page.getByRole("link", { name: "Publish…" }).click();
  await page.getByLabel(/Publish with 1 fact not yet sourced/).check();
  await page.getByRole("button", { name: "Publish this case" }).click();
  await expect(page.getByRole("status")).toContainText("Published", { timeout: 30_000 });
}

async function statuses(request: APIRequestContext, origin: string, paths: string[]) {
  const answers = [];
  for (const p of paths) answers.push((await request.get(`${origin}${p}`, { maxRedirects: 0 })).status());
  return answers;
}

test("unpublishing on instance A answers 404 on instance B, and through the caching proxy, at the very next request", async ({
  page,
  request,
}) => {
  const b = `http://127.0.0.1:${B}`;
  const viaProxy = `http://127.0.0.1:${PROXY}`;
  await signIn(page, "caseworker");
  await page.goto("/workspace/prisoners/new");
  // A new person each run (the suite's database outlives it): the slug comes from the name.
  const suffix = Date.now().toString(36);
  await page.getByLabel(/^Display name/).fill(`E2E Two Instances ${suffix}`);
  await page.getByLabel(/^Sort name/).fill("Instances, E2E Two");
  await page.getByLabel(/^Short public biography/).fill("Served by two instances.");
  await page.getByRole("button", { name: /Create|Save/ }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace/prisoners/e2e-two-instances-${suffix}`));
  const PATHS = pathsOf(`e2e-two-instances-${suffix}`);
  await publish(page);

  // B serves the case from its own cache (the positive control: the cache is really in play).
  expect(await statuses(request, b, PATHS)).toEqual([200, 200, 200, 200]);
  const cached = await request.get(`${b}${PATHS[0]}`);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await cached.text()).toContain("Served by two instances.");
  // No cache may serve it stale once it is hidden; only our purged nginx may keep it.
  expect(cached.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  expect(cached.headers()["x-accel-expires"]).toBeDefined();
  if (hasNginx) {
    expect(await statuses(request, viaProxy, PATHS)).toEqual([200, 200, 200, 200]);
    const stored = await request.get(`${viaProxy}${PATHS[1]}`);
    expect(stored.headers()["x-cache-status"]).toBe("HIT");
    expect(stored.headers()["x-accel-expires"]).toBeUndefined();
  }

  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status")).toContainText("Unpublished", { timeout: 30_000 });
  const unpublishedAt = performance.now();
  const firstOnB = await request.get(`${b}${PATHS[0]}`);
  const reachedB = performance.now() - unpublishedAt;
  expect(firstOnB.status()).toBe(404);
  expect(await statuses(request, b, PATHS)).toEqual([404, 404, 404, 404]);
  if (hasNginx) expect(await statuses(request, viaProxy, PATHS)).toEqual([404, 404, 404, 404]);
  console.log(`B's very next request after the unpublish on A: 404, answered in ${reachedB.toFixed(0)} ms`);

  // And back: publishing again shows the case everywhere at once.
  await publish(page);
  expect(await statuses(request, b, PATHS)).toEqual([200, 200, 200, 200]);
  if (hasNginx) expect(await statuses(request, viaProxy, PATHS)).toEqual([200, 200, 200, 200]);
});

test("every absolute URL carries the configured public origin, never the address the server listens on", async ({
  browser,
  request,
}) => {
  const b = `http://127.0.0.1:${B}`;
  const local = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)[:/]/;
  const absolute = (text: string) => text.match(/https?:\/\/[^\s"'<>)\\]+/g) ?? [];
  for (const path of [
    "/sitemap.xml",
    "/robots.txt",
    "/feed.xml",
    "/prisoners/maria-kalesnikava/feed.xml",
    "/api/v1/prisoners?limit=5",
    "/api/v1/prisoners/maria-kalesnikava",
    "/api/v1/sources/demo-source-003",
  ]) {
    const answer = await request.get(`${b}${path}`);
    expect(answer.status(), path).toBe(200);
    const urls = absolute(await answer.text());
    expect(
      urls.some((url) => url.startsWith(`${ORIGIN}/`)),
      path,
    ).toBe(true);
    expect(
      urls.filter((url) => local.test(url)),
      path,
    ).toEqual([]);
  }

  const html = await (await request.get(`${b}/be/prisoners/maria-kalesnikava`)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  expect(head).toContain(`<link rel="canonical" href="${ORIGIN}/be/prisoners/maria-kalesnikava"/>`);
  expect(head).toMatch(new RegExp(`hreflang="ru" href="${ORIGIN}/ru/prisoners/maria-kalesnikava"`, "i"));
  expect(head).toMatch(new RegExp(`hreflang="en" href="${ORIGIN}/prisoners/maria-kalesnikava"`, "i"));
  expect(head).toContain(`<meta property="og:url" content="${ORIGIN}/be/prisoners/maria-kalesnikava"/>`);
  expect(head).toContain(`<meta property="og:image" content="${ORIGIN}/be/prisoners/maria-kalesnikava/card.png"/>`);
  // The cards exist, in every language (English through its unprefixed address).
  for (const card of [
    "/be/prisoners/maria-kalesnikava/card.png",
    "/prisoners/maria-kalesnikava/card.png",
    "/card.png",
  ]) {
    const image = await request.get(`${b}${card}`);
    expect(image.status(), card).toBe(200);
    expect(image.headers()["content-type"], card).toBe("image/png");
  }
  expect(absolute(head).filter((url) => local.test(url))).toEqual([]);

  // An export's case_url, as a signed-in campaigner downloads it.
  const context = await browser.newContext({ baseURL: b });
  const page = await context.newPage();
  await signIn(page, "campaigner");
  const csv = await page.request.get(`${b}/workspace/export?format=csv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain(`${ORIGIN}/prisoners/maria-kalesnikava`);
  expect(absolute(text).filter((url) => local.test(url))).toEqual([]);
  await context.close();
});
