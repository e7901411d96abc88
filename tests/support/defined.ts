// Tests read rows they just wrote or listed; when one is missing, the test should fail
// saying so, not with "cannot read properties of undefined" somewhere later.

/** The value, or a thrown error naming what was expected. Narrows away undefined and null. */
export function defined<T>(value: T | null | undefined, what = "a value"): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what}, found ${String(value)}`);
  return value;
}
