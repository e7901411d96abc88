// Next's cache handler (next.config.js `cacheHandler`) for several app instances on one
// database. Entries live in this process's memory only (nothing on local disk for
// instances to share); which tags were revalidated lives in PostgreSQL (table cache_tag),
// so a revalidateTag() on any instance stales the entries of every instance, including
// one restarted since. Every read checks the entry's tags against that table in one
// indexed query: the next request after a commit is never served from a stale entry,
// on any instance (docs/decisions/018-several-instances.md).
//
// Plain JavaScript: Next loads this file at run time, outside its bundles.
import pg from "pg";
import client from "prom-client";

const debug = process.env.CASEBOOK_CACHE_DEBUG === "1";
const MAX_ENTRIES = Number(process.env.CASEBOOK_CACHE_MAX_ENTRIES ?? 5000);

/** One state per process, whichever copy of this module Next loads. */
const state = (globalThis.__casebookSharedCache ??= { entries: new Map(), pending: new Map(), pool: undefined });

function pool() {
  state.pool ??= new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.CASEBOOK_CACHE_POOL_SIZE ?? 2),
    connectionTimeoutMillis: Number(process.env.CASEBOOK_DB_POOL_WAIT_MS ?? 10000),
    application_name: "casebook-cache",
  });
  return state.pool;
}

function counter(name, help, labelNames) {
  return client.register.getSingleMetric(name) ?? new client.Counter({ name, help, labelNames });
}
const lookups = counter("casebook_cache_lookups_total", "Next cache reads by result (hit, miss, stale_tag, error)", [
  "kind",
  "result",
]);
const revalidations = counter("casebook_cache_tag_revalidations_total", "Tags revalidated by this instance", []);

function entryTags(value, ctxTags = []) {
  const tags = new Set(ctxTags);
  const header = value?.headers?.["x-next-cache-tags"];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  return [...tags];
}

/** The newest revalidation of any of `tags`, and the newest revalidation of all. */
async function versions(tags) {
  const { rows } = await pool().query(
    `SELECT coalesce((SELECT max(version) FROM cache_tag WHERE tag = ANY($1::text[])), 0) AS tag_version,
            coalesce((SELECT max(version) FROM cache_tag), 0) AS current`,
    [tags],
  );
  return { tagVersion: Number(rows[0].tag_version), current: Number(rows[0].current) };
}

export default class SharedCacheHandler {
  constructor() {}

  async get(key, ctx) {
    if (!process.env.DATABASE_URL) return null; // next build: nothing to share yet
    const kind = ctx?.kind ?? "unknown";
    const entry = state.entries.get(key);
    const tags = entryTags(entry?.value, [...(entry?.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]);
    let seen;
    try {
      seen = await versions(tags);
    } catch (error) {
      // Without the table nothing proves an entry fresh: a miss (and the render will say why).
      console.error("Shared cache: the revalidation table did not answer", error);
      lookups.inc({ kind, result: "error" });
      state.pending.set(key, -1);
      return null;
    }
    // A render that starts now reads data at least as new as `current`: an entry stored
    // from it is stale once any of its tags moves past that (set() uses the oldest such).
    if (state.pending.size > MAX_ENTRIES * 2) state.pending.clear(); // renders that never stored: an unstored entry is only a miss
    state.pending.set(key, Math.min(state.pending.get(key) ?? Infinity, seen.current));
    if (!entry) {
      lookups.inc({ kind, result: "miss" });
      return null;
    }
    if (debug) console.log("cache get", { key, kind, tags, seen, version: entry.version });
    if (seen.tagVersion > entry.version) {
      state.entries.delete(key);
      lookups.inc({ kind, result: "stale_tag" });
      return null;
    }
    lookups.inc({ kind, result: "hit" });
    state.entries.delete(key); // re-insert: the Map's order is the eviction order
    state.entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    if (!process.env.DATABASE_URL) return;
    const version = state.pending.get(key);
    state.pending.delete(key);
    if (!data || version === undefined || version < 0) {
      state.entries.delete(key);
      return;
    }
    state.entries.set(key, {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: entryTags(data, ctx?.tags ?? []),
      version,
    });
    if (debug) console.log("cache set", { key, version, tags: state.entries.get(key).tags });
    while (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value);
  }

  /** Every revalidation expires at once (no stale-while-revalidate): a hidden case must not be served once more. */
  async revalidateTag(tags) {
    const list = [...new Set(Array.isArray(tags) ? tags : [tags])];
    if (list.length === 0) return;
    await pool().query(
      `INSERT INTO cache_tag (tag, version)
       SELECT tag, nextval('cache_tag_version_seq') FROM unnest($1::text[]) AS tag
       ON CONFLICT (tag) DO UPDATE SET version = EXCLUDED.version, revalidated_at = now()`,
      [list],
    );
    revalidations.inc(list.length);
  }

  resetRequestCache() {}
}
