// The backup file: gzip'd text. A first line names the format, a second holds JSON
// metadata (migrations applied, tables in restore order), then each table as
// `-- table <name> <json column list>`, its rows in PostgreSQL's COPY text format
// (one row per line; newlines inside values are escaped), and a `\.` line.
import type pg from "pg";

export const FORMAT_LINE = "-- casebook backup v1";
export const TABLE_PREFIX = "-- table ";
export const END_OF_TABLE = "\\.";

export type BackupMeta = { createdAt: string; migrations: string[]; tables: string[] };

/** Tables of the public schema in an order where every table follows those it references. */
export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    )
  ).rows.map((r) => r.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND c.conrelid <> c.confrelid`,
    )
  ).rows;
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && edges.every((e) => e.child !== t || placed.has(e.parent)));
    if (ready.length === 0)
      throw new Error(`Foreign keys form a cycle among: ${tables.filter((t) => !placed.has(t)).join(", ")}`);
    for (const t of ready) {
      ordered.push(t);
      placed.add(t);
    }
  }
  return ordered;
}

export async function columnsOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname::text AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [table],
  );
  return rows.map((r) => r.name);
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
