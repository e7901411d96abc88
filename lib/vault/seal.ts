// Sealing on write: every path that stores a restricted value passes its columns through
// here first. The database's CHECK constraints refuse a plain value that slipped past.
import { textOf } from "../text/text-of";
import { decrypt, encrypt, formatSealed, isSealed, parseSealed, Tampered } from "./envelope";
import { createDataKey, loadDataKeys, type KeyStore } from "./data-keys";
import { columnOf, sealedFields } from "./fields";

/**
 * The columns to write, with each restricted value sealed. A field keeps its data key across
 * edits (so erasing it shreds its whole history), and an unchanged value keeps its ciphertext
 * (so the history does not report a change that did not happen).
 */
export async function sealColumns(
  store: KeyStore,
  entity: string,
  data: Record<string, unknown>,
  previous: Record<string, unknown> | null = null,
): Promise<Record<string, unknown>> {
  const merged = { ...(previous ?? {}), ...data };
  const out = { ...data };
  const fields = sealedFields(entity, merged);
  const earlier = new Map<string, { dataKeyId: string; blob: Buffer }>();
  for (const field of fields) {
    const parsed = typeof previous?.[field] === "string" ? parseSealed(previous[field]) : null;
    if (parsed) earlier.set(field, parsed);
  }
  const keys = await loadDataKeys(
    store,
    [...earlier.values()].map((p) => p.dataKeyId),
  );
  for (const field of fields) {
    const value = merged[field];
    if (value === null || value === undefined || value === "") {
      if (field in data || value === "") out[field] = null;
      continue;
    }
    if (isSealed(value)) continue;
    const column = columnOf(entity, field);
    const plain = textOf(value);
    const before = earlier.get(field);
    const key = before ? keys.get(before.dataKeyId) : undefined;
    if (before && key) {
      if (unchanged(key, before.blob, column, plain)) {
        out[field] = previous![field];
        continue;
      }
      out[field] = formatSealed(before.dataKeyId, encrypt(key, Buffer.from(plain, "utf8"), column));
    } else {
      const fresh = await createDataKey(store);
      out[field] = formatSealed(fresh.id, encrypt(fresh.key, Buffer.from(plain, "utf8"), column));
    }
  }
  return out;
}

function unchanged(key: Buffer, blob: Buffer, column: string, plain: string) {
  try {
    return decrypt(key, blob, column).toString("utf8") === plain;
  } catch (error) {
    if (error instanceof Tampered) return false;
    throw error;
  }
}

/** Seals one value of a column (e.g. a new TOTP secret) under a fresh data key. */
export async function sealValue(store: KeyStore, entity: string, field: string, plain: string): Promise<string> {
  const fresh = await createDataKey(store);
  return formatSealed(fresh.id, encrypt(fresh.key, Buffer.from(plain, "utf8"), columnOf(entity, field)));
}
