import { publicOrigin } from "@/lib/env";
import { renderSitemap, SITEMAP_HEADERS, sitemapEntries } from "@/lib/sitemap/sitemap";

export const dynamic = "force-dynamic";

// One file of the sitemap index (/sitemap.xml): pages.xml, prisoners-N.xml, sources-N.xml.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const entries = await sitemapEntries((await params).file);
  if (!entries) return new Response("Not found", { status: 404 });
  return new Response(renderSitemap(publicOrigin(), entries), { headers: SITEMAP_HEADERS });
}
