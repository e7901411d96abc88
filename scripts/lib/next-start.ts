import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * `next start` on the production build, as the benchmarks serve it; `env` adds to the
 * environment (the database, secrets). No -H: under `-H 127.0.0.1` Next's router and the
 * proxy see different origins (127.0.0.1 and localhost), so the proxy's rewrite of an
 * English address with a query was proxied as an external one and answered 307 to itself.
 * `npm start` (scripts/serve.ts) gives Next the hostname localhost, so both agree there.
 */
export function nextStart(port: number, env: Record<string, string>): ChildProcess {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first");
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete environment.NODE_OPTIONS;
  return spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    env: environment,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
