// Stored phonetic keys, kept in step with the rules (KEY_RULES_VERSION): name_variant.key_words
// (every variant, published or not, for the staff search) and public_person.name_keys (the
// public directory). Rows made under an older version, or whose text changed since (a
// trigger sets name_variant.key_version to 0), are rekeyed in batches through the
// key_version indexes, so a check when nothing is stale is one index probe. Runs at app
// start (scripts/run-app.ts), before each staff name search, and as `npm run search:rekey`.
// No "server-only": the launcher and the scripts call it too.
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { KEY_RULES_VERSION, nameKeys, phoneticKey, spellingsOf } from "./search-key";

type Executor = Database | Prisma.TransactionClient;
const BATCH = 5000;

/** The key words of one name variant: of the text itself and of each romanisation of it. */
export function keyWordsOf(text: string): string[] {
  const words = new Set<string>();
  for (const spelling of spellingsOf(text)) for (const w of phoneticKey(spelling.text).split(" ")) if (w) words.add(w);
  return [...words].sort();
}

/** Rekeys every stale name variant and public record; returns how many rows it rewrote. */
export async function rekeyStaleNames(db: Executor, { limit = Infinity }: { limit?: number } = {}) {
  let rewritten = 0;
  for (;;) {
    const rows = await db.$queryRaw<{ id: string; text: string }[]>`
      SELECT id, text FROM name_variant WHERE key_version < ${KEY_RULES_VERSION} LIMIT ${BATCH}`;
    if (rows.length === 0) break;
    const words = rows.map((r) => keyWordsOf(r.text));
    // Only if the text is still the one keyed: a rename meanwhile keeps its row stale.
    await db.$executeRaw`
      UPDATE name_variant n SET key_words = k.words::text[], key_version = ${KEY_RULES_VERSION}
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.text)}::text[], ${words.map((w) => `{${w.join(",")}}`)}::text[])
        AS k(id, text, words)
      WHERE n.id = k.id AND n.text = k.text`;
    await db.$executeRaw`
      INSERT INTO name_word (word) SELECT DISTINCT unnest(${[...new Set(words.flat())]}::text[]) ON CONFLICT DO NOTHING`;
    rewritten += rows.length;
    if (rows.length < BATCH || rewritten >= limit) break;
  }
  for (;;) {
    const rows = await db.$queryRaw<{ person_id: string; names: string[] }[]>`
      SELECT person_id, names FROM public_person WHERE name_keys_version < ${KEY_RULES_VERSION} LIMIT ${BATCH}`;
    if (rows.length === 0) break;
    await db.$executeRaw`
      UPDATE public_person p SET name_keys = k.keys, name_keys_version = ${KEY_RULES_VERSION}
      FROM unnest(${rows.map((r) => r.person_id)}::text[], ${rows.map((r) => nameKeys(r.names))}::text[]) AS k(id, keys)
      WHERE p.person_id = k.id`;
    rewritten += rows.length;
    if (rows.length < BATCH || rewritten >= limit) break;
  }
  return rewritten;
}
