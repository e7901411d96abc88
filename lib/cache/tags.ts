import "server-only";
import { db } from "../db";

/**
 * Records, for every app instance, that these Next cache tags changed now (the table the
 * shared cache handler reads: lib/cache/shared-cache-handler.mjs). revalidateTag() does
 * the same, but only when the Server Action ends; proxies are purged before that, and a
 * purge must already find every instance's entries stale.
 */
export async function markTagsRevalidated(tags: string[]) {
  if (tags.length === 0) return;
  await db.$executeRaw`
    INSERT INTO cache_tag (tag, version)
    SELECT tag, nextval('cache_tag_version_seq') FROM unnest(${tags}::text[]) AS tag
    ON CONFLICT (tag) DO UPDATE SET version = EXCLUDED.version, revalidated_at = now()`;
}
