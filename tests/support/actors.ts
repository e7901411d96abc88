// The seeded demo users as the data layer's actors, one per role.
import type { Role } from "../../lib/auth/permissions";
import type { Actor } from "../../lib/auth/session-user";
import type { Database } from "../../lib/db/client";

export async function demoActors(db: Database): Promise<Record<Role, Actor>> {
  const users = await db.user.findMany({ select: { id: true, email: true, name: true, role: true } });
  return Object.fromEntries(users.map((u) => [u.role, u])) as Record<Role, Actor>;
}
