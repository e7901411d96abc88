import "server-only";
import type { Database } from "../db/client";
import type { Role } from "./permissions";

/** The signed-in person as the data layer sees them. */
export type Actor = { id: string; email: string; name: string; role: Role; totpEnabled?: boolean };

/** What the session token carries: who, and which session generation. */
export type SessionClaims = { uid: string; sv: number };

/**
 * The check behind every request: the token is honoured only while the account is
 * active and its session version is unchanged, so sign-out, deactivation, a role change
 * or a password reset (each bumps the version) end live sessions at once.
 */
export async function resolveSessionUser(
  db: Database,
  claims: SessionClaims | null | undefined,
): Promise<Actor | null> {
  if (!claims?.uid || typeof claims.sv !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: claims.uid },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true, totpEnabled: true },
  });
  if (!user || !user.active || user.sessionVersion !== claims.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, totpEnabled: user.totpEnabled };
}
