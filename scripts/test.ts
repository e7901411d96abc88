// `npm test`: every check and test. Formatting, lint and types first (cheap, and they
// name the file to fix), then unit and integration tests (Vitest, real PostgreSQL), the
// production build, and browser tests (Playwright, Chromium) against it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { findChromium, MISSING_BROWSER_HELP } from "../e2e/browser";

const steps: [name: string, command: string, args: string[]][] = [
  ["Prisma client", "npx", ["tsx", "scripts/prisma.ts", "generate"]],
  ["formatting", "npx", ["prettier", "--check", "--log-level", "warn", "."]],
  ["lint", "npx", ["eslint", "--max-warnings", "0", "."]],
  ["types", "npx", ["tsc", "--noEmit"]],
  ["unit and integration tests", "npx", ["vitest", "run"]],
  ["production build", "npm", ["run", "build"]],
  ["browser tests", "npx", ["playwright", "test"]],
];

if (findChromium() === null) {
  console.error(MISSING_BROWSER_HELP);
  process.exit(1);
}

const timings: string[] = [];
for (const [name, command, args] of steps) {
  if (name === "browser tests") fs.rmSync(".data/e2e-postgres", { recursive: true, force: true });
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (${timings.at(-1)})`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✔ all tests passed (${timings.join(", ")})`);
