import "server-only";
import type { Actor } from "../auth/session-user";
import { getCase } from "../cases/queries";
import type { ApiAccess } from "./keys";

/**
 * A partner key with internal scope reads a case as a campaigner does in the workspace:
 * public and internal facts, unpublished records included, restricted items and fields
 * never (the workspace's own visibility filter and redaction). The use itself is audited
 * by the API layer.
 */
export async function getInternalPrisoner(access: NonNullable<ApiAccess>, slug: string, baseUrl: string) {
  const reader: Actor = {
    id: `api-key:${access.keyId}`,
    email: `api-key:${access.keyName}`,
    name: access.keyName,
    role: "CAMPAIGNER",
  };
  // A case this reader may not see throws NotFound, which the API answers with 404.
  const record = await getCase(reader, slug, null, { audit: false });
  return { slug, scope: "internal", url: `${baseUrl}/prisoners/${slug}`, record };
}
