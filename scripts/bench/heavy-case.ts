// One heavy case for bench:scale: a published person with `events` public timeline events,
// each cited to a passage of one of a few sources, and as many revisions in its history,
// written once in bulk (reused on later runs).
import pg from "pg";
import { createPrismaClient } from "../../lib/db/client";
import { KEY_RULES_VERSION, nameKeys } from "../../lib/names/search-key";
import { writeRevisions } from "../../lib/revisions/write";

export const HEAVY_SLUG = "bench-heavy-case";
const PERSON = "bench-heavy";
const PER_SOURCE = 100;

export async function ensureHeavyCase(url: string, { events }: { events: number }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Revisions name their entity by item kind (lib/cases/kinds.ts); an earlier run wrote the table name.
    await client.query(
      `UPDATE revision SET entity_type = 'timelineEvent' WHERE person_id = $1 AND entity_type = 'timeline_event'`,
      [PERSON],
    );
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM timeline_event WHERE person_id = $1`,
      [PERSON],
    );
    if ((rows[0]?.n ?? 0) >= events) return;
    console.log(`Writing the heavy case (${events} cited events, ${events} revisions)`);
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO person (id, slug, display_name, sort_name, gender, published, published_at, updated_at)
       VALUES ($1, $2, 'Heavy Case Benchmark', 'Benchmark, Heavy Case', 'FEMALE', true, now(), now())
       ON CONFLICT (id) DO NOTHING`,
      [PERSON, HEAVY_SLUG],
    );
    await client.query(
      `INSERT INTO name_variant (id, person_id, text, script, language, kind, is_primary, visibility, updated_at)
       VALUES ('bench-heavy-n1', $1, 'Heavy Case Benchmark', 'LATN', 'en', 'PRESS', true, 'PUBLIC', now()) ON CONFLICT DO NOTHING`,
      [PERSON],
    );
    const sources = Math.ceil(events / PER_SOURCE);
    for (let s = 0; s < sources; s++) {
      const lines = Array.from(
        { length: PER_SOURCE },
        (_, k) => `Hearing ${s * PER_SOURCE + k + 1} of the heavy case was held behind closed doors.`,
      );
      await client.query(
        `INSERT INTO source (id, title, publisher, language, type, reliability, text, text_hash, visibility, updated_at)
         VALUES ($1, $2, 'Bench Court Watch', 'en', 'NGO_STATEMENT', 'HIGH', $3, $1, 'PUBLIC', now()) ON CONFLICT DO NOTHING`,
        [`bench-heavy-s${s}`, `Court monitoring of the heavy case, part ${s + 1}`, lines.join("\n")],
      );
    }
    await client.query(
      `INSERT INTO timeline_event (id, person_id, type, date, date_precision, title, public_text, visibility, updated_at)
       SELECT 'bench-heavy-e' || k, $1, 'TRIAL', date '2021-01-01' + k, 'DAY', 'Hearing ' || k,
              'Hearing ' || k || ' of the heavy case was held behind closed doors.', 'PUBLIC', now()
       FROM generate_series(1, $2::int) k ON CONFLICT DO NOTHING`,
      [PERSON, events],
    );
    await client.query(
      `INSERT INTO citation (id, person_id, subject_type, subject_id, source_id, quote)
       SELECT 'bench-heavy-c' || k, $1, 'TIMELINE_EVENT', 'bench-heavy-e' || k, 'bench-heavy-s' || ((k - 1) / ${PER_SOURCE}),
              'Hearing ' || k || ' of the heavy case was held behind closed doors.'
       FROM generate_series(1, $2::int) k ON CONFLICT DO NOTHING`,
      [PERSON, events],
    );
    await client.query(`SELECT refresh_public_person($1)`, [PERSON]);
    const projected = await client.query<{ names: string[] }>(`SELECT names FROM public_person WHERE person_id = $1`, [
      PERSON,
    ]);
    await client.query(`UPDATE public_person SET name_keys = $2, name_keys_version = $3 WHERE person_id = $1`, [
      PERSON,
      nameKeys(projected.rows[0]?.names ?? []),
      KEY_RULES_VERSION,
    ]);
    await client.query("COMMIT");
    await writeEventRevisions(url);
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}

/** One revision per event (its creation), through the one revision writer, in batches. */
async function writeEventRevisions(url: string) {
  const db = createPrismaClient(url, 2);
  try {
    const written = new Set(
      (await db.revision.findMany({ where: { personId: PERSON }, select: { entityId: true } })).map((r) => r.entityId),
    );
    const events = (await db.timelineEvent.findMany({ where: { personId: PERSON }, orderBy: { id: "asc" } })).filter(
      (event) => !written.has(event.id),
    );
    for (let i = 0; i < events.length; i += 200) {
      const batch = events.slice(i, i + 200);
      await db.$transaction((tx) =>
        writeRevisions(
          tx,
          batch.map((event) => ({
            entity: "timelineEvent" as const,
            entityId: event.id,
            personId: PERSON,
            version: 1,
            before: null,
            after: event,
            actor: null,
            summary: `Added ${event.title}`,
          })),
        ),
      );
    }
  } finally {
    await db.$disconnect();
  }
}
