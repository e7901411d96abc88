// How a change to a sealed field reads where values are not opened (history, edit conflicts):
// "contact details changed", never the ciphertext and never the value.
import { isSealed } from "./envelope";
import { sealableFields } from "./fields";

export const HIDDEN = "restricted value (hidden)";

type Change = { field: string; before: string; after: string };

/** Replaces sealed values in these changes by a placeholder and marks them `sealed`. */
export function maskSealedChanges<C extends Change>(
  entity: string,
  changes: C[],
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): (C & { sealed?: boolean })[] {
  const sealable = new Set(sealableFields(entity));
  return changes.map((change) => {
    if (!sealable.has(change.field)) return change;
    const was = before?.[change.field];
    const now = after?.[change.field];
    if (!isSealed(was) && !isSealed(now)) return change;
    return {
      ...change,
      before: isSealed(was) ? HIDDEN : change.before,
      after: isSealed(now) ? HIDDEN : change.after,
      sealed: true,
    };
  });
}
