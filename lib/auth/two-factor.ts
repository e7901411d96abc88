import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { env } from "../env";
import type { Database } from "../db/client";
import { recordAudit } from "../audit/log";
import type { Actor } from "./session-user";
import { matchTotpStep, newTotpSecret, otpauthUri } from "./totp";

const RECOVERY_CODES = 10;
const hashCode = (code: string) => createHash("sha256").update(code.replace(/[\s-]/g, "").toLowerCase()).digest("hex");

export async function twoFactorStatus(actor: Actor) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpEnabled: true, totpSecret: true, recoveryCodes: { where: { usedAt: null }, select: { id: true } } },
  });
  return {
    enabled: user.totpEnabled,
    remainingRecoveryCodes: user.recoveryCodes.length,
    // A pending secret (set up but not yet confirmed) is shown so the person can scan it.
    pending:
      !user.totpEnabled && user.totpSecret
        ? { secret: user.totpSecret, uri: otpauthUri(user.totpSecret, actor.email) }
        : null,
  };
}

/** Step 1: a new secret, stored but not yet in force. */
export async function beginTwoFactor(actor: Actor) {
  await db.user.update({ where: { id: actor.id, totpEnabled: false }, data: { totpSecret: newTotpSecret() } });
}

/** Step 2: a code from the app proves it was set up; returns the recovery codes, shown once. */
export async function confirmTwoFactor(
  actor: Actor,
  code: string,
  ipAddress: string | null,
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; error: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (user.totpEnabled || !user.totpSecret) return { ok: false, error: "Start the setup first." };
  const step = matchTotpStep(user.totpSecret, code);
  if (step === null)
    return { ok: false, error: "That code is not right. Check the time on your phone and try the next code." };
  const codes = Array.from({ length: RECOVERY_CODES }, () =>
    randomBytes(5)
      .toString("hex")
      .replace(/(.{5})/, "$1-"),
  );
  await db.$transaction(async (tx) => {
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId: user.id, codeHash: hashCode(c) })) });
    // The confirming code is spent: it cannot also sign in.
    await tx.user.update({ where: { id: user.id }, data: { totpEnabled: true, totpLastStep: step } });
    await recordAudit(tx, { action: "two-factor.enable", actor, subjectType: "user", subjectId: user.id, ipAddress });
  });
  return { ok: true, recoveryCodes: codes };
}

export async function disableTwoFactor(actor: Actor, code: string, ipAddress: string | null): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!user.totpEnabled || !(await checkSecondFactor(db, user.id, user.totpSecret, code))) return false;
  await db.$transaction(async (tx) => {
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.user.update({
      where: { id: user.id },
      data: { totpEnabled: false, totpSecret: null, totpLastStep: null, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, { action: "two-factor.disable", actor, subjectType: "user", subjectId: user.id, ipAddress });
  });
  return true;
}

/**
 * A current authenticator code not used before, or an unused recovery code; either is
 * spent by one atomic UPDATE, so of concurrent sign-ins with the same code one succeeds.
 */
export async function checkSecondFactor(
  client: Database,
  userId: string,
  secret: string | null,
  code: string,
): Promise<boolean> {
  const step = secret ? matchTotpStep(secret, code) : null;
  if (step !== null) {
    const spent = await client.$executeRaw`
      UPDATE app_user SET totp_last_step = ${step}
      WHERE id = ${userId} AND (totp_last_step IS NULL OR totp_last_step < ${step})`;
    return spent === 1;
  }
  const spent = await client.recoveryCode.updateMany({
    where: { userId, codeHash: hashCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return spent.count === 1;
}

/**
 * Admins of a production install must use two-factor sign-in (setting
 * `security.adminTwoFactor`, on unless set to false); the demo never requires it, so the
 * demo accounts sign in with their password alone.
 */
export async function twoFactorRequired(actor: Actor): Promise<boolean> {
  if (actor.role !== "ADMIN" || actor.totpEnabled || env().CASEBOOK_DEMO === "1") return false;
  const setting = await db.setting.findUnique({ where: { key: "security.adminTwoFactor" } });
  return setting?.value !== false;
}
