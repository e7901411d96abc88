import "server-only";
import { hash, verify } from "@node-rs/argon2";
import type { Database } from "../db/client";
import { recordAudit } from "../audit/log";
import type { Role } from "./permissions";
import { checkSecondFactor } from "./two-factor";
import { accountKey, addressKey, clearFailures, lockedFor, recordFailure, THROTTLE } from "./throttle";

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
  const keys = [accountKey(email), ...(input.ip ? [addressKey(input.ip)] : [])];

  const locked = await lockedFor(db, keys);
  if (locked !== null) {
    await recordAudit(db, {
      action: "sign-in.refused",
      actorEmail: email,
      ipAddress: input.ip,
      details: { reason: "throttled" },
    });
    return { ok: false, error: lockedMessage(locked) };
  }

  const user = await db.user.findUnique({ where: { email } });
  const usable = user !== null && user.active;
  const passwordOk = await verify(usable ? user.passwordHash : await dummy(), input.password).catch(() => false);

  // Two-factor: asked for only after a right password; a wrong code counts as a failure.
  if (usable && passwordOk && user.totpEnabled) {
    if (!input.code) return { ok: false, error: CODE_NEEDED };
    if (!(await checkSecondFactor(db, user.id, user.totpSecret, input.code))) {
      await recordFailure(db, [
        { key: accountKey(email), limit: THROTTLE.perAccount },
        ...(input.ip ? [{ key: addressKey(input.ip), limit: THROTTLE.perAddress }] : []),
      ]);
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
    await recordFailure(db, [
      { key: accountKey(email), limit: THROTTLE.perAccount },
      ...(input.ip ? [{ key: addressKey(input.ip), limit: THROTTLE.perAddress }] : []),
    ]);
    await recordAudit(db, {
      action: "sign-in.failed",
      actorEmail: email,
      ipAddress: input.ip,
      details: user && !user.active ? { reason: "deactivated" } : undefined,
    });
    return { ok: false, error: WRONG_CREDENTIALS };
  }

  await clearFailures(db, accountKey(email));
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit(db, { action: "sign-in", actor: user, ipAddress: input.ip });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
