import { spawn } from "node:child_process";
import path from "node:path";

const cli = path.resolve("node_modules", "prisma", "build", "index.js");

/**
 * Runs the local Prisma CLI against `databaseUrl`; resolves to its exit code.
 * With `quiet`, its output is shown only if it fails.
 */
export function runPrismaCli(args: string[], databaseUrl: string, quiet = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0 && quiet) process.stderr.write(output);
      resolve(code ?? 1);
    });
  });
}
