import { renderSitemapIndex, SITEMAP_HEADERS, sitemapFiles } from "@/lib/sitemap/sitemap";

export const dynamic = "force-dynamic";

// A sitemap index: every published case and public source, in files of at most 20,000 URLs.
export async function GET(request: Request) {
  const origin = new URL(request.url).origin;
  return new Response(renderSitemapIndex(origin, await sitemapFiles()), { headers: SITEMAP_HEADERS });
}
