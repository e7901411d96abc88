import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Database } from "../db/client";

// Brute-force brake, shared by every app instance because its state is in PostgreSQL
// (table sign_in_throttle). Every attempt is counted BEFORE its password is checked, in
// one atomic statement per key, so a burst of concurrent attempts is limited exactly like
// a sequence: the sixth of a hundred simultaneous guesses is refused without an argon2
// verification. A right password refunds its attempt. The numbers are documented in
// docs/decisions/005-workspace-security.md and 013-hostile-input-and-processes.md.
export const THROTTLE = {
  /** Attempts at one account from one network address: five guesses lock only that pair. */
  perAccountAndAddress: 5,
  /** Attempts at one account from anywhere: the brake on guessing from many addresses. */
  perAccount: 30,
  /** Attempts from one network address at any accounts. */
  perAddress: 20,
  /** Attempts are counted within this window… */
  windowMinutes: 15,
  /** …and reaching a limit locks its key this long. */
  lockMinutes: 15,
} as const;

export const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;
export const pairKey = (email: string, ip: string | null) => `${accountKey(email)}|${addressKey(ip ?? "unknown")}`;

export type ThrottleKey = { key: string; limit: number };

/** The keys one sign-in attempt is counted against. */
export function attemptKeys(email: string, ip: string | null): ThrottleKey[] {
  return [
    { key: pairKey(email, ip), limit: THROTTLE.perAccountAndAddress },
    { key: accountKey(email), limit: THROTTLE.perAccount },
    ...(ip ? [{ key: addressKey(ip), limit: THROTTLE.perAddress }] : []),
  ];
}

export type AttemptCount =
  | { locked: false }
  /** `first`: the first attempt refused by this lock (the only one audited, so a burst cannot flood the log). */
  | { locked: true; minutes: number; first: boolean };

/**
 * Counts one attempt against every key. When a key is over its limit the attempt must be
 * refused unverified; the answer then says for how many minutes.
 */
export async function countAttempt(db: Database, keys: ThrottleKey[]): Promise<AttemptCount> {
  let lockedUntil: Date | null = null;
  let first = false;
  for (const { key, limit } of keys) {
    // A window restarts only once it has run out and no lock is in force.
    const fresh = Prisma.sql`(t.window_starts_at < now() - make_interval(mins => ${THROTTLE.windowMinutes})
      AND (t.locked_until IS NULL OR t.locked_until <= now()))`;
    const lock = Prisma.sql`now() + make_interval(mins => ${THROTTLE.lockMinutes})`;
    const [row] = await db.$queryRaw<{ failures: number; locked_until: Date | null }[]>`
      INSERT INTO sign_in_throttle AS t (key, failures, window_starts_at, locked_until)
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit} THEN ${lock} END)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN ${fresh} THEN 1 ELSE t.failures + 1 END,
        window_starts_at = CASE WHEN ${fresh} THEN now() ELSE t.window_starts_at END,
        locked_until = CASE
          WHEN ${fresh} THEN NULL
          WHEN t.failures + 1 = ${limit} THEN ${lock}
          ELSE t.locked_until END
      RETURNING t.failures, t.locked_until`;
    if (row && row.failures > limit) {
      first ||= row.failures === limit + 1;
      const until = row.locked_until ?? new Date(Date.now() + THROTTLE.lockMinutes * 60_000);
      if (!lockedUntil || until > lockedUntil) lockedUntil = until;
    }
  }
  if (!lockedUntil) return { locked: false };
  return { locked: true, minutes: Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 60_000)), first };
}

/** A right password is not a guess: give its attempt back on every key. */
export async function refundAttempt(db: Database, keys: ThrottleKey[]) {
  await db.$executeRaw`
    UPDATE sign_in_throttle SET failures = greatest(failures - 1, 0)
    WHERE key = ANY(${keys.map((k) => k.key)}::text[])`;
}

/**
 * A successful sign-in clears the account's counters (this address's and the account-wide
 * one) and refunds the address's attempt: one good password must not unlock guessing at others.
 */
export async function clearAfterSignIn(db: Database, email: string, ip: string | null) {
  await db.signInThrottle.deleteMany({ where: { key: { in: [pairKey(email, ip), accountKey(email)] } } });
  if (ip) await refundAttempt(db, [{ key: addressKey(ip), limit: THROTTLE.perAddress }]);
}
