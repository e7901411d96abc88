// The start-up check: before the app says "Ready", the key in use must open this database's
// data keys. A missing or wrong key stops the start with one clear sentence.
import type { Database } from "../db/client";
import { keyService } from "./keyring";

export async function checkKey(db: Database): Promise<{ dataKeys: number; version: number }> {
  const version = await keyService().currentVersion();
  const byVersion = await db.dataKey.groupBy({ by: ["kekVersion"], _count: { _all: true } });
  for (const { kekVersion } of byVersion) {
    const sample = await db.dataKey.findFirstOrThrow({ where: { kekVersion } });
    await keyService().unwrap(sample.kekVersion, Buffer.from(sample.wrapped), sample.id);
  }
  return { dataKeys: byVersion.reduce((n, v) => n + v._count._all, 0), version };
}
