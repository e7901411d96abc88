// Short readable lines for items in lists (case view, history).
import { formatPartialDate, type DatePrecision } from "../dates/partial-date";
import { KINDS, type ItemKind } from "../records/kinds";
import { textOf } from "../text/text-of";

export function itemTitle(
  kind: ItemKind,
  row: Record<string, unknown>,
  facilities: Record<string, string> = {},
): string {
  const spec = KINDS[kind];
  const field = spec.fields.find((f) => f.name === spec.titleField)!;
  const raw = row[spec.titleField];
  if (field.type === "ref" && field.ref === "facility") return facilities[textOf(raw)] ?? "Facility";
  if (field.type === "select") return field.options?.[textOf(raw)] ?? (textOf(raw) || spec.label);
  const text = textOf(raw) || spec.label;
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export function itemWhen(kind: ItemKind, row: Record<string, unknown>): string | null {
  const dates = KINDS[kind].fields.filter((f) => f.type === "date" && row[f.name]);
  if (dates.length === 0) return null;
  return dates
    .map(
      (f) =>
        `${f.label.toLowerCase()} ${formatPartialDate(String(row[f.name]).slice(0, 10), row[`${f.name}Precision`] as DatePrecision)}`,
    )
    .join(", ");
}

/** Where a fact of a case is edited: its item page, or the person form for the profile's own fields. */
export function factHref(slug: string, kind: ItemKind | "person", id: string): string {
  return kind === "person" ? `/workspace/prisoners/${slug}/edit` : `/workspace/prisoners/${slug}/items/${kind}/${id}`;
}
