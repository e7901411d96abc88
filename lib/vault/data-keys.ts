// Data keys: one per sealed field of a record, stored only wrapped by the key-encryption key.
import type { Tx } from "../db/client";
import { newDataKeyId, newKeyMaterial } from "./envelope";
import { keyService } from "./keyring";

export type KeyStore = Pick<Tx, "dataKey">;

export async function createDataKey(store: KeyStore): Promise<{ id: string; key: Buffer }> {
  const id = newDataKeyId();
  const key = newKeyMaterial();
  const { kekVersion, wrapped } = await keyService().wrap(key, id);
  await store.dataKey.create({ data: { id, kekVersion, wrapped: new Uint8Array(wrapped) } });
  return { id, key };
}

/** The unwrapped keys that still exist; an erased (shredded) key is simply absent. */
export async function loadDataKeys(store: KeyStore, ids: Iterable<string>): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(ids)];
  const keys = new Map<string, Buffer>();
  if (wanted.length === 0) return keys;
  const rows = await store.dataKey.findMany({ where: { id: { in: wanted } } });
  for (const row of rows) keys.set(row.id, await keyService().unwrap(row.kekVersion, Buffer.from(row.wrapped), row.id));
  return keys;
}

/** Crypto-shredding: without its data key a sealed value is gone, wherever its ciphertext lies. */
export async function shredDataKeys(store: KeyStore, ids: Iterable<string>): Promise<number> {
  const { count } = await store.dataKey.deleteMany({ where: { id: { in: [...new Set(ids)] } } });
  return count;
}
