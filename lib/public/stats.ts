import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db";

// Counts for /stats, from the projection only. Detentions and releases by year come from
// the public detention episodes in each record. Cached for a minute: at 100,000 persons the
// yearly counts read every record.

export type YearCount = { year: number; detentions: number; releases: number };

async function loadStats() {
  const [byStatus, byRegion, byYear] = await Promise.all([
    db.$queryRaw<{ status: string; n: bigint }[]>`SELECT status, count(*) AS n FROM public_person GROUP BY status ORDER BY n DESC, status`,
    db.$queryRaw<{ region: string | null; n: bigint }[]>`SELECT region, count(*) AS n FROM public_person GROUP BY region ORDER BY n DESC, region NULLS LAST`,
    db.$queryRaw<{ year: number; detentions: bigint; releases: bigint }[]>`
      SELECT year::int AS year, count(*) FILTER (WHERE kind = 'arrest') AS detentions, count(*) FILTER (WHERE kind = 'release') AS releases
      FROM (
        SELECT 'arrest' AS kind, extract(year FROM (d->>'arrestDate')::date) AS year
          FROM public_person, jsonb_array_elements(record->'detentions') d WHERE d->>'arrestDate' IS NOT NULL
        UNION ALL
        SELECT 'release', extract(year FROM (d->>'releaseDate')::date)
          FROM public_person, jsonb_array_elements(record->'detentions') d WHERE d->>'releaseDate' IS NOT NULL
      ) events GROUP BY year ORDER BY year`,
  ]);
  return {
    byStatus: byStatus.map((r) => ({ status: r.status, count: Number(r.n) })),
    byRegion: byRegion.map((r) => ({ region: r.region, count: Number(r.n) })),
    byYear: everyYear(byYear.map((r): YearCount => ({ year: r.year, detentions: Number(r.detentions), releases: Number(r.releases) }))),
  };
}

/** A time axis has no gaps: years without events are shown as zero. */
export function everyYear(counts: YearCount[]): YearCount[] {
  const [earliest] = counts;
  const latest = counts.at(-1);
  if (!earliest || !latest) return [];
  const byYear = new Map(counts.map((c) => [c.year, c]));
  const first = earliest.year;
  return Array.from({ length: latest.year - first + 1 }, (_, i) => byYear.get(first + i) ?? { year: first + i, detentions: 0, releases: 0 });
}

export const getPublicStats = unstable_cache(loadStats, ["public-stats"], { revalidate: 60, tags: ["public-stats"] });
