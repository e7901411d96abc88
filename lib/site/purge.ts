import "server-only";
import { env } from "../env";
import { logger } from "../observability/log";

/**
 * Asks each caching proxy (CASEBOOK_PROXY_PURGE_URLS, e.g. nginx's internal purge port) to
 * fetch these paths afresh: the answer, a 404 for an unpublished case, replaces what it
 * stored. A proxy that does not answer is logged, not fatal: the publication is saved, and
 * the proxy's entry expires after CASEBOOK_PROXY_CACHE_SECONDS.
 */
export async function purgeProxies(paths: string[]) {
  const proxies = env().CASEBOOK_PROXY_PURGE_URLS;
  if (proxies.length === 0 || paths.length === 0) return;
  await Promise.all(
    proxies.flatMap((proxy) =>
      paths.map(async (path) => {
        const url = new URL(path, proxy);
        try {
          const response = await fetch(url, {
            headers: { "X-Casebook-Purge": "1" },
            signal: AbortSignal.timeout(5000),
          });
          await response.arrayBuffer();
        } catch (error) {
          logger.warn({ err: error, url: url.href }, "proxy purge failed");
        }
      }),
    ),
  );
}
