// Partner API keys. The key is shown once at creation; only its SHA-256 hash is stored
// (keys are long random strings, so a fast hash is enough: nothing to brute-force).
// "public" keys read what anyone may; "internal" keys also read internal facts and
// unpublished records, with a campaigner's reach: restricted data never.
import { createHash, randomBytes } from "node:crypto";
import type { Database } from "../db/client";

export const API_KEY_SCOPES = {
  public: "Public data only",
  internal: "Public and internal data (never restricted)",
} as const;
export type ApiKeyScope = keyof typeof API_KEY_SCOPES;

const PREFIX = "cbk_";

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

export function newApiKey() {
  const key = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, PREFIX.length + 6), keyHash: hashApiKey(key) };
}

export type ApiAccess = { keyId: string; keyName: string; scope: ApiKeyScope } | null;

/** Reads `Authorization: Bearer <key>`. No header: anonymous (null). A bad or revoked key: "invalid". */
export async function authenticateApiKey(db: Database, authorization: string | null): Promise<ApiAccess | "invalid"> {
  if (!authorization) return null;
  const presented = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  if (!presented?.startsWith(PREFIX)) return "invalid";
  const key = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(presented) },
    select: { id: true, name: true, scope: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return "invalid";
  await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  return { keyId: key.id, keyName: key.name, scope: key.scope === "internal" ? "internal" : "public" };
}
