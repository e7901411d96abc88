import { defineConfig, devices } from "@playwright/test";
import { findChromium, MISSING_BROWSER_HELP } from "./e2e/browser";

const executablePath = findChromium();
if (executablePath === null) throw new Error(MISSING_BROWSER_HELP);

const PORT = Number(process.env.E2E_PORT ?? 3100);

// Browser tests run against the production build (`next build`, run by `npm test`)
// served by the same launcher as `npm start`, on its own embedded PostgreSQL.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"] }, grep: /@phone/ },
  ],
  webServer: {
    command: "npx tsx scripts/run-app.ts start",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: process.env.E2E_SERVER_LOG ? "pipe" : "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      CASEBOOK_DATA_DIR: ".data/e2e-postgres",
      CASEBOOK_PG_PORT: String(process.env.E2E_PG_PORT ?? 54330),
      DATABASE_URL: "",
      // The caching proxy e2e/several-instances.spec.ts starts (when nginx is installed).
      CASEBOOK_PROXY_PURGE_URLS: `http://127.0.0.1:${Number(process.env.E2E_NGINX_PURGE_PORT ?? Number(process.env.E2E_NGINX_PORT ?? 3500) + 1)}`,
    },
  },
});
