import { publicOrigin } from "@/lib/env";
import { renderSitemapIndex, SITEMAP_HEADERS, sitemapFiles } from "@/lib/sitemap/sitemap";

export const dynamic = "force-dynamic";

// A sitemap index: every published case and public source, in files of at most 5,000 URLs.
// Addresses are absolute on the configured public origin, as every other public URL (issue 16).
export async function GET() {
  return new Response(renderSitemapIndex(publicOrigin(), await sitemapFiles()), { headers: SITEMAP_HEADERS });
}
