import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db";
import { LOCALES, localePath } from "../i18n/locales";

// The sitemap as a sitemap index (/sitemap.xml) of files of at most SITEMAP_FILE_URLS URLs
// (the protocol's limit is 50,000), holding every published case and public source: read
// from the projection, file by file in slug (id) order, each file's rows cached for five
// minutes so crawlers do not rebuild it on every request.

// 5,000 a file: each URL carries its three language alternates, so 20,000 made an 11 MB file
// that took 0.4 s to render at every crawl (bench:scale); 5,000 is about 2.8 MB.
export const SITEMAP_FILE_URLS = 5_000;
const STATIC_PATHS = ["/", "/prisoners", "/stats", "/about"];
const REVALIDATE = 300;

type Entry = { path: string; lastmod: string | null };

/** How many published cases and public sources there are. */
export async function countSitemapRows() {
  const [counts] = await db.$queryRaw<{ people: bigint; sources: bigint }[]>`
    SELECT (SELECT count(*) FROM public_person) AS people, (SELECT count(*) FROM public_source) AS sources`;
  return { people: Number(counts?.people ?? 0), sources: Number(counts?.sources ?? 0) };
}

const sitemapCounts = unstable_cache(countSitemapRows, ["sitemap-counts"], {
  revalidate: REVALIDATE,
  tags: ["public-people"],
});

/** The file names for these counts: the static pages, then the cases and the sources in chunks. */
export function sitemapFileNames({ people, sources }: { people: number; sources: number }): string[] {
  const chunks = (kind: string, n: number) =>
    Array.from({ length: Math.ceil(n / SITEMAP_FILE_URLS) }, (_, i) => `${kind}-${i}.xml`);
  return ["pages.xml", ...chunks("prisoners", people), ...chunks("sources", sources)];
}

/** The files the index lists. */
export async function sitemapFiles(): Promise<string[]> {
  return sitemapFileNames(await sitemapCounts());
}

/** One chunk of the cases or the sources, in slug (id) order. */
export async function readSitemapChunk(kind: "prisoners" | "sources", index: number): Promise<Entry[]> {
  const skip = index * SITEMAP_FILE_URLS;
  if (kind === "prisoners") {
    const rows = await db.publicPerson.findMany({
      orderBy: { slug: "asc" },
      skip,
      take: SITEMAP_FILE_URLS,
      select: { slug: true, lastUpdatedAt: true },
    });
    return rows.map((r) => ({
      path: `/prisoners/${encodeURIComponent(r.slug)}`,
      lastmod: r.lastUpdatedAt.toISOString(),
    }));
  }
  const rows = await db.publicSource.findMany({
    orderBy: { sourceId: "asc" },
    skip,
    take: SITEMAP_FILE_URLS,
    select: { sourceId: true, refreshedAt: true },
  });
  return rows.map((r) => ({
    path: `/sources/${encodeURIComponent(r.sourceId)}`,
    lastmod: r.refreshedAt.toISOString(),
  }));
}

const chunkOf = unstable_cache(readSitemapChunk, ["sitemap-chunk"], {
  revalidate: REVALIDATE,
  tags: ["public-people"],
});

/** The entries of one sitemap file by its name, or null for a name the index does not list. */
export async function sitemapEntries(file: string): Promise<Entry[] | null> {
  if (file === "pages.xml") return STATIC_PATHS.map((path) => ({ path, lastmod: null }));
  const match = /^(prisoners|sources)-(\d{1,4})\.xml$/.exec(file);
  if (!match) return null;
  if (!(await sitemapFiles()).includes(file)) return null;
  return chunkOf(match[1] as "prisoners" | "sources", Number(match[2]));
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function renderSitemapIndex(origin: string, files: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map((f) => `  <sitemap><loc>${escapeXml(`${origin}/sitemap/${f}`)}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}

/** One file: each entry the English address, with its Belarusian and Russian versions as hreflang alternates. */
export function renderSitemap(origin: string, entries: Entry[]): string {
  const alternates = (path: string) =>
    [...LOCALES.map((locale) => [locale, localePath(locale, path)]), ["x-default", path]]
      .map(
        ([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(origin + href)}"/>`,
      )
      .join("");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries.map(
      (e) =>
        `  <url><loc>${escapeXml(origin + e.path)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}${alternates(e.path)}</url>`,
    ),
    "</urlset>",
    "",
  ].join("\n");
}

export const SITEMAP_HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": "public, max-age=300",
};
