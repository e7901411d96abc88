// Writes a consistent backup: every table is read inside one REPEATABLE READ snapshot,
// so rows written while the dump runs are either all in it or all out of it.
import fs from "node:fs";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { encryptStream, type Protection } from "./protect";
import {
  columnsOf,
  END_OF_TABLE,
  FORMAT_LINE,
  quoteIdent,
  TABLE_PREFIX,
  tablesInDependencyOrder,
  type BackupMeta,
} from "./format";

/** Writes the backup, readable only by its owner (0600) and encrypted unless asked otherwise. */
export async function writeBackup(
  databaseUrl: string,
  file: string,
  protection: Protection,
): Promise<{ tables: number; rows: number; bytes: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const partial = `${file}.partial`;
  const gzip = createGzip();
  fs.rmSync(partial, { force: true });
  const out = fs.createWriteStream(partial, { mode: 0o600 });
  const sealed = await encryptStream(gzip, protection);
  sealed.pipe(out);
  const write = async (text: string | Buffer) => {
    if (!gzip.write(text)) await once(gzip, "drain");
  };
  let rows = 0;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesInDependencyOrder(client);
    const migrations = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.name);
    const meta: BackupMeta = { createdAt: new Date().toISOString(), migrations, tables };
    await write(`${FORMAT_LINE}\n${JSON.stringify(meta)}\n`);
    for (const table of tables) {
      const columns = await columnsOf(client, table);
      await write(`${TABLE_PREFIX}${table} ${JSON.stringify(columns)}\n`);
      const stream = client.query(
        copyTo(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) TO STDOUT`),
      );
      for await (const chunk of stream) {
        rows += countLines(chunk as Buffer);
        await write(chunk as Buffer);
      }
      await write(`${END_OF_TABLE}\n`);
    }
    await client.query("COMMIT");
    gzip.end();
    await once(out, "close");
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, file);
    return { tables: tables.length, rows, bytes: fs.statSync(file).size };
  } catch (error) {
    gzip.destroy();
    sealed.destroy();
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

function countLines(chunk: Buffer) {
  let n = 0;
  for (const byte of chunk) if (byte === 10) n++;
  return n;
}
