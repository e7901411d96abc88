import type { Locale } from "@/lib/i18n/locales";
import { label } from "@/lib/i18n/translator";

const tone: Record<string, string> = {
  held: "bg-amber-50 text-amber-900 ring-amber-200",
  released: "bg-accent-soft text-accent ring-teal-200",
  other: "bg-stone-100 text-stone-700 ring-stone-200",
};

export function StatusBadge({ status, held, locale = "en" }: { status: string; held: boolean; locale?: Locale }) {
  const key = held ? "held" : status === "RELEASED" ? "released" : "other";
  return (
    <span
      className={`inline-flex shrink-0 items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tone[key]}`}
    >
      {label(locale, "status", status)}
    </span>
  );
}
