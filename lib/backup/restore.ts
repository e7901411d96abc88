// Restores a backup into an empty database, all or nothing: the backup's own
// migrations (from prisma/migrations) and every table's rows go in one transaction.
// Newer migrations are applied afterwards by the caller (`prisma migrate deploy`).
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { once } from "node:events";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { END_OF_TABLE, FORMAT_LINE, quoteIdent, TABLE_PREFIX, type BackupMeta } from "./format";

export class RestoreError extends Error {}

export async function restoreBackup(databaseUrl: string, file: string, migrationsDir = "prisma/migrations") {
  if (!fs.existsSync(file)) throw new RestoreError(`No backup file at ${file}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    const line: IteratorResult<string> = await iterator.next();
    return line.done ? undefined : line.value;
  };
  let rows = 0;
  try {
    if ((await next()) !== FORMAT_LINE) throw new RestoreError(`${file} is not a Casebook backup`);
    const meta = JSON.parse((await next()) ?? "{}") as BackupMeta;
    const existing = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
    );
    if ((existing.rows[0]?.n ?? 0) > 0)
      throw new RestoreError("The target database is not empty: restore needs an empty database.");

    await client.query("BEGIN");
    // The audit log's rows go back as they were: its chain-link trigger stands aside (20261201120000_audit_chain_link).
    await client.query("SET LOCAL casebook.restoring = 'on'");
    await applyMigrations(client, meta.migrations, migrationsDir);
    const restored = new Set<string>();
    for (let line = await next(); line !== undefined; line = await next()) {
      if (!line.startsWith(TABLE_PREFIX)) throw new RestoreError(`Unexpected line in backup: ${line.slice(0, 80)}`);
      const rest = line.slice(TABLE_PREFIX.length);
      const table = rest.slice(0, rest.indexOf(" "));
      const columns = JSON.parse(rest.slice(table.length + 1)) as string[];
      const copy = client.query(
        copyFrom(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) FROM STDIN`),
      );
      const finished = new Promise<void>((resolve, reject) => {
        copy.on("finish", resolve);
        copy.on("error", reject);
      });
      let ended = false;
      for (let row = await next(); row !== undefined; row = await next()) {
        if (row === END_OF_TABLE) {
          ended = true;
          break;
        }
        rows++;
        if (!copy.write(`${row}\n`)) await once(copy, "drain");
      }
      copy.end();
      await finished;
      if (!ended) throw new RestoreError(`The backup ends in the middle of table ${table}: it is incomplete.`);
      restored.add(table);
    }
    const missing = meta.tables.filter((t) => !restored.has(t));
    if (missing.length > 0) throw new RestoreError(`The backup is incomplete: no data for ${missing.join(", ")}.`);
    await resetSequences(client);
    await client.query("COMMIT");
    return { tables: restored.size, rows, migrations: meta.migrations.length };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    lines.close();
    await client.end();
  }
}

/** Applies the backup's migrations and records them as Prisma does, so `migrate deploy` continues from there. */
async function applyMigrations(client: pg.Client, names: string[], migrationsDir: string) {
  await client.query(`CREATE TABLE "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
  for (const name of names) {
    const sqlFile = path.join(migrationsDir, name, "migration.sql");
    if (!fs.existsSync(sqlFile))
      throw new RestoreError(
        `The backup was made with migration ${name}, which this version of Casebook does not have.`,
      );
    const sql = fs.readFileSync(sqlFile, "utf8");
    await client.query(sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
      [randomUUID(), createHash("sha256").update(sql).digest("hex"), name],
    );
  }
}

async function resetSequences(client: pg.Client) {
  const { rows } = await client.query<{ table: string; column: string }>(
    `SELECT table_name::text AS table, column_name::text AS column FROM information_schema.columns
     WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
  );
  for (const { table, column } of rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table)}), 1),
        (SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table)}) IS NOT NULL)`,
      [table, column],
    );
  }
}
