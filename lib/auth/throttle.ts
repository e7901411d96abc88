import "server-only";
import type { Database } from "../db/client";

// Brute-force brake, shared by every app instance because its state is in PostgreSQL
// (table sign_in_throttle). The numbers are documented in docs/decisions/005-workspace-security.md.
export const THROTTLE = {
  /** Failed attempts for one e-mail address (known or not) before it is locked. */
  perAccount: 5,
  /** Failed attempts from one network address before it is locked. */
  perAddress: 20,
  /** Failures are counted within this window… */
  windowMinutes: 15,
  /** …and a lock lasts this long. */
  lockMinutes: 15,
} as const;

export const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** Minutes until the later lock on these keys ends, or null when none is locked. */
export async function lockedFor(db: Database, keys: string[]): Promise<number | null> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: new Date() } },
    select: { lockedUntil: true },
  });
  if (rows.length === 0) return null;
  const until = Math.max(...rows.map((r) => r.lockedUntil!.getTime()));
  return Math.max(1, Math.ceil((until - Date.now()) / 60_000));
}

/** Counts one failure against each key, atomically, and locks a key that reaches its limit. */
export async function recordFailure(db: Database, keys: { key: string; limit: number }[]) {
  for (const { key, limit } of keys) {
    await db.$executeRaw`
      INSERT INTO sign_in_throttle (key, failures, window_starts_at, locked_until)
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit} THEN now() + make_interval(mins => ${THROTTLE.lockMinutes}) END)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN sign_in_throttle.window_starts_at < now() - make_interval(mins => ${THROTTLE.windowMinutes}) THEN 1 ELSE sign_in_throttle.failures + 1 END,
        window_starts_at = CASE WHEN sign_in_throttle.window_starts_at < now() - make_interval(mins => ${THROTTLE.windowMinutes}) THEN now() ELSE sign_in_throttle.window_starts_at END,
        locked_until = CASE
          WHEN sign_in_throttle.window_starts_at >= now() - make_interval(mins => ${THROTTLE.windowMinutes})
           AND sign_in_throttle.failures + 1 >= ${limit}
          THEN now() + make_interval(mins => ${THROTTLE.lockMinutes})
          ELSE sign_in_throttle.locked_until END`;
  }
}

/** A successful sign-in clears the account's counter (not the address's: one good password must not unlock guessing at others). */
export async function clearFailures(db: Database, key: string) {
  await db.signInThrottle.deleteMany({ where: { key } });
}
