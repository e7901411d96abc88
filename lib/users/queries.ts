import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";

export async function listUsers(actor: Actor) {
  authorize(actor, "manage:users");
  return db.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, active: true, lastSignInAt: true, totpEnabled: true },
  });
}
