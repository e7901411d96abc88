import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db";

// Counts for /stats, from the projection only. Status and region counts read their
// indexes; the years of public arrests and releases come from public_person's generated
// columns arrest_years / release_years (derived from each record, read through their
// index), not from every record's JSON. Cached for a minute.

export type YearCount = { year: number; detentions: number; releases: number };

/** The counts, uncached (pages use getPublicStats). */
export async function loadStats() {
  const [byStatus, byRegion, byYear] = await Promise.all([
    db.$queryRaw<{ status: string; n: bigint }[]>`SELECT status, count(*) AS n FROM public_person GROUP BY status ORDER BY n DESC, status`,
    db.$queryRaw<{ region: string | null; n: bigint }[]>`SELECT region, count(*) AS n FROM public_person GROUP BY region ORDER BY n DESC, region NULLS LAST`,
    db.$queryRaw<{ year: number; detentions: bigint; releases: bigint }[]>`
      SELECT year, count(*) FILTER (WHERE kind = 'arrest') AS detentions, count(*) FILTER (WHERE kind = 'release') AS releases
      FROM (
        SELECT 'arrest' AS kind, y AS year FROM public_person, unnest(arrest_years) y
        UNION ALL
        SELECT 'release', y FROM public_person, unnest(release_years) y
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
