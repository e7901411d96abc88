import { publicOrigin } from "@/lib/env";
import { LOCALES, localePath } from "@/lib/i18n/locales";
import { listPublicSlugs, listPublicSourceIds } from "@/lib/public/queries";

export const dynamic = "force-dynamic";

// Published cases and public sources only: the sitemap reads the projection like every public page.
// Each entry is the English address with its Belarusian and Russian versions as hreflang
// alternates (one <url> per page keeps a sitemap of 50,000 cases within one file's limit).
export async function GET() {
  const origin = publicOrigin();
  const [people, sources] = await Promise.all([listPublicSlugs(), listPublicSourceIds()]);
  const alternates = (path: string) =>
    [...LOCALES.map((locale) => [locale, localePath(locale, path)]), ["x-default", path]]
      .map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${origin}${href}"/>`)
      .join("");
  const url = (loc: string, lastmod?: Date) =>
    `  <url><loc>${origin}${loc}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ""}${alternates(loc)}</url>`;
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    url("/"),
    url("/prisoners"),
    url("/stats"),
    url("/about"),
    ...people.map((p) => url(`/prisoners/${encodeURIComponent(p.slug)}`, p.lastUpdatedAt)),
    ...sources.map((s) => url(`/sources/${encodeURIComponent(s.sourceId)}`, s.refreshedAt)),
    "</urlset>",
    "",
  ].join("\n");
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
