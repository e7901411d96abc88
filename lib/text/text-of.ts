/**
 * A database or form value as display text: "" for nothing, an ISO day for a date,
 * the value itself for text and numbers. Objects are not expected here; they show as
 * JSON rather than "[object Object]".
 */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}
