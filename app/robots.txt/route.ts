import { publicOrigin } from "@/lib/env";
import { LOCALES, localePath } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export function GET() {
  const origin = publicOrigin();
  // Search result pages are many and thin, in every language; the case pages are what should be indexed.
  const searches = LOCALES.map((locale) => `Disallow: ${localePath(locale, "/prisoners")}?`);
  const body = ["User-agent: *", "Allow: /", ...searches, "Disallow: /api/", `Sitemap: ${origin}/sitemap.xml`, ""].join(
    "\n",
  );
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
