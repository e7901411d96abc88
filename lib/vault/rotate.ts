// Key rotation: re-wraps every data key under the newest key-encryption key. Only the small
// data_key table changes (sealed values keep their ciphertext), in short batches that skip
// rows another writer holds, so the app keeps running throughout.
import type { Database } from "../db/client";
import { keyService } from "./keyring";

export async function rewrapDataKeys(
  db: Database,
  options: { batch?: number; log?: (line: string) => void } = {},
): Promise<{ rewrapped: number; version: number }> {
  const batch = options.batch ?? 500;
  const version = await keyService().currentVersion();
  let rewrapped = 0;
  for (;;) {
    const done = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; kek_version: number; wrapped: Uint8Array }[]>`
        SELECT id, kek_version, wrapped FROM data_key WHERE kek_version <> ${version}
        ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
      for (const row of rows) {
        const key = await keyService().unwrap(row.kek_version, Buffer.from(row.wrapped), row.id);
        const next = await keyService().wrap(key, row.id);
        await tx.dataKey.update({
          where: { id: row.id },
          data: { kekVersion: next.kekVersion, wrapped: new Uint8Array(next.wrapped), rewrappedAt: new Date() },
        });
      }
      return rows.length;
    });
    rewrapped += done;
    if (done > 0) options.log?.(`Re-wrapped ${rewrapped.toLocaleString("en")} data keys`);
    if (done < batch) break;
  }
  return { rewrapped, version };
}

/** Key versions the database still uses, with how many data keys each wraps. */
export async function versionsInUse(db: Database): Promise<Map<number, number>> {
  const rows = await db.dataKey.groupBy({ by: ["kekVersion"], _count: { _all: true } });
  return new Map(rows.map((r) => [r.kekVersion, r._count._all]));
}
