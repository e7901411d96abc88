import "server-only";
import { z } from "zod";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { API_KEY_SCOPES, newApiKey } from "./keys";

// Admins create and revoke partner API keys; every change is audited.

const createSchema = z.object({
  name: z.string().trim().min(1, "Name the partner or purpose").max(100, "Too long"),
  scope: z.enum(Object.keys(API_KEY_SCOPES) as ["public", "internal"], { message: "Choose a scope" }),
});

export type CreatedKey = { ok: true; key: string; name: string } | { ok: false; errors: Record<string, string> };

export async function createApiKey(actor: Actor, values: Record<string, string>): Promise<CreatedKey> {
  authorize(actor, "manage:users");
  const parsed = createSchema.safeParse(values);
  if (!parsed.success)
    return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
  const { key, prefix, keyHash } = newApiKey();
  const created = await db.apiKey.create({
    data: { name: parsed.data.name, scope: parsed.data.scope, prefix, keyHash, createdById: actor.id },
  });
  await recordAudit(db, {
    action: "api-key.create",
    actor,
    subjectType: "ApiKey",
    subjectId: created.id,
    details: { name: created.name, scope: created.scope },
  });
  return { ok: true, key, name: created.name };
}

export async function revokeApiKey(actor: Actor, id: string) {
  authorize(actor, "manage:users");
  const key = await db.apiKey.findUnique({ where: { id } });
  if (!key) throw new NotFound();
  if (!key.revokedAt) await db.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  await recordAudit(db, {
    action: "api-key.revoke",
    actor,
    subjectType: "ApiKey",
    subjectId: id,
    details: { name: key.name },
  });
}

export async function listApiKeys(actor: Actor) {
  authorize(actor, "manage:users");
  return db.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
}
