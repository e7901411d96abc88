// Opening sealed values. Callers that show them to a person go through reveal.ts, which
// checks the role and writes the audit entry; this file only decrypts.
import { textOf } from "../text/text-of";
import { decrypt, isSealed, parseSealed, Tampered } from "./envelope";
import { loadDataKeys, type KeyStore } from "./data-keys";
import { columnOf, sealableFields } from "./fields";

/** Why a sealed value cannot be shown: its key was shredded, or it failed authentication. */
export type SealProblem = "erased" | "tampered";
export type Opened = { value: string } | { problem: SealProblem };

export async function openValues(store: KeyStore, items: { value: string; column: string }[]): Promise<Opened[]> {
  const parsed = items.map((item) => parseSealed(item.value));
  const keys = await loadDataKeys(
    store,
    parsed.flatMap((p) => (p ? [p.dataKeyId] : [])),
  );
  return items.map((item, i) => {
    const p = parsed[i];
    if (!p) return { problem: "tampered" };
    const key = keys.get(p.dataKeyId);
    if (!key) return { problem: "erased" };
    try {
      return { value: decrypt(key, p.blob, item.column).toString("utf8") };
    } catch (error) {
      if (error instanceof Tampered) return { problem: "tampered" };
      throw error;
    }
  });
}

/** Opens one sealed value; plain values (null, legacy) pass through. Throws Tampered/erased as errors. */
export async function openValue(store: KeyStore, entity: string, field: string, value: string | null) {
  if (!isSealed(value)) return value;
  const [opened] = await openValues(store, [{ value, column: columnOf(entity, field) }]);
  if (!opened) return null;
  if ("problem" in opened) {
    if (opened.problem === "tampered") throw new Tampered(`The ${entity} ${field}`);
    return null;
  }
  return opened.value;
}

export type SealedRow = { entity: string; row: Record<string, unknown> };
export type OpenedField = { entity: string; id: string; field: string; problem?: SealProblem };

/**
 * Replaces the sealed values of these rows, in place, by their plain text; a value that cannot
 * be opened becomes null and is named in row.sealProblems ({ field: "erased" | "tampered" }).
 */
export async function openRows(store: KeyStore, rows: SealedRow[]): Promise<OpenedField[]> {
  const wanted: { target: SealedRow; field: string; value: string }[] = [];
  for (const target of rows)
    for (const field of sealableFields(target.entity))
      if (isSealed(target.row[field])) wanted.push({ target, field, value: target.row[field] });
  const opened = await openValues(
    store,
    wanted.map((w) => ({ value: w.value, column: columnOf(w.target.entity, w.field) })),
  );
  return wanted.map((w, i) => {
    // openValues answers one result per value asked, in order.
    const result = opened[i] ?? { problem: "tampered" as const };
    const id = textOf(w.target.row.id);
    if ("problem" in result) {
      w.target.row[w.field] = null;
      w.target.row.sealProblems = { ...(w.target.row.sealProblems as object | undefined), [w.field]: result.problem };
      return { entity: w.target.entity, id, field: w.field, problem: result.problem };
    }
    w.target.row[w.field] = result.value;
    return { entity: w.target.entity, id, field: w.field };
  });
}

/** For readers who may not see restricted values: sealed values become null, unopened. */
export function closeRows(rows: SealedRow[]) {
  for (const { entity, row } of rows)
    for (const field of sealableFields(entity)) if (isSealed(row[field])) row[field] = null;
}
