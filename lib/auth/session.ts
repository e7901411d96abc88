import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { clientAddress } from "./client-address";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";
import { sessionCookieName } from "./secret";
import { twoFactorRequired } from "./two-factor";
import { resolveSessionUser, type Actor, type SessionClaims } from "./session-user";

/** The signed-in user for this request, re-checked against the database (once per request). */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession<ReturnType<typeof authOptions>, SessionClaims & object>(authOptions());
  return resolveSessionUser(db, session);
});

/** Every workspace page and action starts here. The proxy's redirect is only a convenience. */
export async function requireUser(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  if (await twoFactorRequired(actor)) redirect("/account/two-factor?required=1");
  return actor;
}

/** For pages only one role may open: others get a 404, not a hint that the page exists. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireUser();
  if (!can(actor.role, permission)) {
    notFound();
  }
  return actor;
}

export async function requestAddress(): Promise<string | null> {
  const list = await headers();
  return clientAddress((name) => list.get(name));
}

/** Signing out ends every session of this user (the token alone cannot be revoked). */
export async function signOutEverywhere() {
  const actor = await currentActor();
  if (actor) {
    await db.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(db, { action: "sign-out", actor, ipAddress: await requestAddress() });
  }
  (await cookies()).delete(sessionCookieName());
}
