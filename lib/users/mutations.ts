import "server-only";
import { hash } from "@node-rs/argon2";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { fieldErrors, type FieldErrors, type FormValues } from "../forms/fields";
import { newUserSchema, passwordSchema, userRoleSchema } from "./schemas";

export type UserResult = { status: "saved" } | { status: "invalid"; errors: FieldErrors };

export async function createUser(actor: Actor, values: FormValues, ipAddress: string | null): Promise<UserResult> {
  authorize(actor, "manage:users");
  const parsed = newUserSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  if (await db.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } }))
    return { status: "invalid", errors: { email: "An account with this e-mail address exists" } };
  const { password, ...account } = parsed.data;
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { ...account, passwordHash: await hash(password) } });
    await recordAudit(tx, {
      action: "user.create",
      actor,
      subjectType: "user",
      subjectId: user.id,
      ipAddress,
      details: { email: user.email, role: user.role },
    });
  });
  return { status: "saved" };
}

// Each change below bumps the session version, so the person's live sessions end on their next request.
async function changeAccount(
  actor: Actor,
  userId: string,
  action: string,
  data: Record<string, unknown>,
  details: Record<string, unknown>,
  ipAddress: string | null,
) {
  authorize(actor, "manage:users");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, active: true } });
    if (!user) throw new NotFound();
    await tx.user.update({ where: { id: userId }, data: { ...data, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      action,
      actor,
      subjectType: "user",
      subjectId: userId,
      ipAddress,
      details: { ...details, previousRole: user.role, wasActive: user.active },
    });
  });
}

export async function changeRole(actor: Actor, userId: string, role: string, ipAddress: string | null) {
  const parsed = userRoleSchema.parse(role);
  if (userId === actor.id) throw new NotFound("Admins cannot change their own role");
  await changeAccount(actor, userId, "user.role", { role: parsed }, { role: parsed }, ipAddress);
}

export async function setActive(actor: Actor, userId: string, active: boolean, ipAddress: string | null) {
  if (userId === actor.id) throw new NotFound("Admins cannot deactivate themselves");
  await changeAccount(actor, userId, active ? "user.reactivate" : "user.deactivate", { active }, {}, ipAddress);
}

export async function resetPassword(
  actor: Actor,
  userId: string,
  password: string,
  ipAddress: string | null,
): Promise<UserResult> {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success)
    return { status: "invalid", errors: { password: parsed.error.issues[0]?.message ?? "Choose another password" } };
  await changeAccount(actor, userId, "user.password-reset", { passwordHash: await hash(parsed.data) }, {}, ipAddress);
  return { status: "saved" };
}
