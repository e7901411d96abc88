import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db";

// Counts for /stats, from the projection only, read from the maintained aggregate
// public_stat_delta (a trigger on public_person appends each change's differences; see
// migration 20261201150000) rather than from every record. Cached for a minute.

export type YearCount = { year: number; detentions: number; releases: number };

/** Folds the log into one row per (dimension, value) once it has grown; concurrent appends stay. */
const FOLD_AFTER = 5_000;

/** The counts, uncached (pages use getPublicStats). */
export async function loadStats() {
  const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM public_stat_delta`;
  if (Number(n) > FOLD_AFTER)
    await db.$executeRaw`
      WITH moved AS (DELETE FROM public_stat_delta RETURNING dimension, value, n)
      INSERT INTO public_stat_delta (dimension, value, n)
      SELECT dimension, value, sum(n)::int FROM moved GROUP BY dimension, value HAVING sum(n) <> 0`;
  const rows = await db.$queryRaw<{ dimension: string; value: string; n: bigint }[]>`
    SELECT dimension, value, sum(n) AS n FROM public_stat_delta GROUP BY dimension, value HAVING sum(n) > 0`;
  const of = (dimension: string) => rows.filter((r) => r.dimension === dimension);
  const years = new Map<number, YearCount>();
  for (const r of [...of("arrest_year"), ...of("release_year")]) {
    const year = Number(r.value);
    const entry = years.get(year) ?? { year, detentions: 0, releases: 0 };
    if (r.dimension === "arrest_year") entry.detentions = Number(r.n);
    else entry.releases = Number(r.n);
    years.set(year, entry);
  }
  const byCount = (a: { count: number; key: string }, b: { count: number; key: string }) =>
    b.count - a.count || (a.key === "" ? 1 : b.key === "" ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return {
    byStatus: of("status")
      .map((r) => ({ key: r.value, count: Number(r.n) }))
      .sort(byCount)
      .map((r) => ({ status: r.key, count: r.count })),
    byRegion: of("region")
      .map((r) => ({ key: r.value, count: Number(r.n) }))
      .sort(byCount)
      .map((r) => ({ region: r.key === "" ? null : r.key, count: r.count })),
    byYear: everyYear([...years.values()].sort((a, b) => a.year - b.year)),
  };
}

/** A time axis has no gaps: years without events are shown as zero. */
export function everyYear(counts: YearCount[]): YearCount[] {
  if (counts.length === 0) return [];
  const byYear = new Map(counts.map((c) => [c.year, c]));
  const first = counts[0].year;
  return Array.from({ length: counts.at(-1)!.year - first + 1 }, (_, i) => byYear.get(first + i) ?? { year: first + i, detentions: 0, releases: 0 });
}

export const getPublicStats = unstable_cache(loadStats, ["public-stats"], { revalidate: 60, tags: ["public-stats"] });
