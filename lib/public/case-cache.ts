import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { markTagsRevalidated } from "../cache/tags";
import { purgedPaths } from "../site/shared-cache";
import { purgeProxies } from "../site/purge";
import { staleAfterMonths } from "../status/settings";
import { getPublicCase } from "./queries";

// Case pages are served from Next's cache (ISR) and rebuilt on demand. The cache entry of
// a case is tagged with its slug, so publishing an edit, or unpublishing, takes effect
// on the next request: the workspace calls revalidatePublicPerson(slug) right after its
// transaction (which refreshes the projection) commits. The page's own `revalidate` is a
// backstop for any writer that forgets. See docs/decisions/007-public-page-cache.md.

export const publicPersonTag = (slug: string) => `public-person:${slug}`;

/** The public case of one slug, cached; dates come back as ISO strings (the cache stores JSON). */
export function getCachedPublicCase(slug: string) {
  return unstable_cache(
    async () => {
      const [found, months] = await Promise.all([getPublicCase(slug), staleAfterMonths()]);
      return (
        found && {
          record: found.record,
          status: found.status,
          held: found.held,
          lastUpdatedAt: found.lastUpdatedAt.toISOString(),
          staleAfterMonths: months,
        }
      );
    },
    ["public-case", slug],
    { tags: [publicPersonTag(slug)], revalidate: 10 },
  )();
}

/**
 * Drops the cached public page (and feed) of these slugs at once, on every app instance
 * and in every caching proxy: the next request anywhere is a cache miss, never stale data.
 * Call (and await) from Server Actions or Route Handlers after the projection has been
 * refreshed and the transaction committed; pass both the old and the new slug when a slug
 * changes.
 */
export async function revalidatePublicPerson(...slugs: string[]) {
  const tags = slugs.map(publicPersonTag);
  // Shared first, so that the proxies' fresh fetches below find every instance's entries stale.
  await markTagsRevalidated(tags);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  await purgeProxies(slugs.flatMap(purgedPaths));
}
