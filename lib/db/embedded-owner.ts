// Who runs the embedded PostgreSQL of a data directory, so that processes sharing it behave:
// a CLI next to a running app uses the running server and never stops it; a second
// launcher refuses to start; after `kill -9` of a launcher the next one finds the orphaned
// Next server it left and stops it. The owner is recorded in `<data dir>.owner.json`.
// Not imported by the Next.js app (the launcher and the CLIs are its only users).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const ownerSchema = z.object({
  pid: z.number().int().positive(),
  command: z.enum(["launcher", "cli"]),
  nextPid: z.number().int().positive().optional(),
});
export type Owner = z.infer<typeof ownerSchema>;

const ownerFile = (dataDir: string) => `${path.resolve(dataDir)}.owner.json`;

export function readOwner(dataDir: string): Owner | null {
  try {
    return ownerSchema.parse(JSON.parse(fs.readFileSync(ownerFile(dataDir), "utf8")));
  } catch {
    return null;
  }
}

export function writeOwner(dataDir: string, owner: Owner) {
  fs.mkdirSync(path.dirname(ownerFile(dataDir)), { recursive: true });
  fs.writeFileSync(ownerFile(dataDir), JSON.stringify(owner));
}

/** Forgets the owner, if it is still `pid` (a later process may have taken over). */
export function clearOwner(dataDir: string, pid: number) {
  if (readOwner(dataDir)?.pid === pid) fs.rmSync(ownerFile(dataDir), { force: true });
}

export function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The live PostgreSQL serving this data directory (from its postmaster.pid), if any. */
export function runningServer(dataDir: string): { pid: number; port: number } | null {
  try {
    const lines = fs.readFileSync(path.join(path.resolve(dataDir), "postmaster.pid"), "utf8").split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return pid > 0 && port > 0 && isAlive(pid) ? { pid, port } : null;
  } catch {
    return null;
  }
}

/** Stops a Next.js server left behind by a killed launcher, if that pid is still a Next server. */
export async function stopOrphanedNext(pid: number, log: (line: string) => void) {
  if (!isAlive(pid) || !isNextServer(pid)) return;
  log(`Stopping the Next.js server left running by an earlier start (pid ${pid})`);
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 5000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

// A pid can be reused by an unrelated process: only a process running Next is stopped.
function isNextServer(pid: number) {
  try {
    return /next/.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8"));
  } catch {
    return process.platform !== "linux"; // no /proc: trust the owner file
  }
}
