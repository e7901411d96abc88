import "server-only";
import { hash, verify } from "@node-rs/argon2";
import type { Database } from "../db/client";
import { recordAudit } from "../audit/log";
import type { Role } from "./permissions";
import { checkSecondFactor } from "./two-factor";
import { attemptKeys, clearAfterSignIn, countAttempt, refundAttempt } from "./throttle";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; error: string };

export const WRONG_CREDENTIALS = "The e-mail address or password is not right.";
export const CODE_NEEDED = "Enter the 6-digit code from your authenticator app (or a recovery code).";
export const WRONG_CODE = "That code is not right. Try the next code from your app, or a recovery code.";
export const lockedMessage = (minutes: number) =>
  `Too many failed sign-ins. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;

// Verified against when the address is unknown or deactivated, so that every answer
// costs one argon2 verification and unknown addresses cannot be told apart by timing.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hash("casebook-timing-equaliser"));

/** Checks a password with the throttle and audit log around it. Used by next-auth's authorize(). */
export async function signInWithPassword(
  db: Database,
  input: { email: string; password: string; ip: string | null; code?: string },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = attemptKeys(email, input.ip);

  // Counted before anything is verified, so concurrent guesses cannot slip past the limit.
  const count = await countAttempt(db, keys);
  if (count.locked) {
    // The lock's first refusal is audited; the rest are counted in sign_in_throttle only,
    // so that a burst of guesses cannot flood the audit log.
    if (count.first)
      await recordAudit(db, {
        action: "sign-in.refused",
        actorEmail: email,
        ipAddress: input.ip,
        details: { reason: "throttled" },
      });
    return { ok: false, error: lockedMessage(count.minutes) };
  }

  const user = await db.user.findUnique({ where: { email } });
  const usable = user !== null && user.active;
  const passwordOk = await verify(usable ? user.passwordHash : await dummy(), input.password).catch(() => false);

  // Two-factor: asked for only after a right password; a wrong or replayed code stays counted.
  if (usable && passwordOk && user.totpEnabled) {
    if (!input.code) {
      await refundAttempt(db, keys);
      return { ok: false, error: CODE_NEEDED };
    }
    if (!(await checkSecondFactor(db, user.id, user.totpSecret, input.code))) {
      await recordAudit(db, {
        action: "sign-in.failed",
        actorEmail: email,
        ipAddress: input.ip,
        details: { reason: "second factor" },
      });
      return { ok: false, error: WRONG_CODE };
    }
  }

  if (!usable || !passwordOk) {
    await recordAudit(db, {
      action: "sign-in.failed",
      actorEmail: email,
      ipAddress: input.ip,
      details: user && !user.active ? { reason: "deactivated" } : undefined,
    });
    return { ok: false, error: WRONG_CREDENTIALS };
  }

  await clearAfterSignIn(db, email, input.ip);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit(db, { action: "sign-in", actor: user, ipAddress: input.ip });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
