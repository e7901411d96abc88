import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { YearCount } from "@/lib/public/stats";

// Detentions and releases per year as a server-rendered SVG: readable without JavaScript,
// with a text alternative; the same numbers are in the table next to it.
const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 8, bottom: 28, left: 44 };

export function YearChart({ data, locale }: { data: YearCount[]; locale: Locale }) {
  if (data.length === 0) return null;
  const t = translator(locale, "stats");
  const max = Math.max(1, ...data.flatMap((d) => [d.detentions, d.releases]));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / data.length;
  const bar = Math.min(24, (slot - 6) / 2);
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  const ticks = [0, Math.round(max / 2), max];
  const summary = data.map((d) => t("chartYear", { year: String(d.year), detentions: d.detentions, releases: d.releases })).join("; ");
  return (
    <figure className="mt-4">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="year-chart-title" className="h-auto w-full max-w-2xl">
        <title id="year-chart-title">{t("chartTitle", { summary })}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e7e5e4" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#57534e">{formatNumber(locale, tick)}</text>
          </g>
        ))}
        {data.map((d, i) => {
          const x = PAD.left + i * slot + (slot - 2 * bar) / 2;
          return (
            <g key={d.year}>
              <rect x={x} y={y(d.detentions)} width={bar} height={PAD.top + plotH - y(d.detentions)} fill="#b45309" />
              <rect x={x + bar} y={y(d.releases)} width={bar} height={PAD.top + plotH - y(d.releases)} fill="#0f5257" />
              <text x={x + bar} y={HEIGHT - 10} textAnchor="middle" fontSize="11" fill="#57534e">{d.year}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex gap-4 text-sm text-muted">
        <span><span aria-hidden className="mr-1 inline-block h-3 w-3 rounded-sm bg-amber-700 align-middle" />{t("detained")}</span>
        <span><span aria-hidden className="mr-1 inline-block h-3 w-3 rounded-sm bg-accent align-middle" />{t("released")}</span>
      </figcaption>
    </figure>
  );
}
