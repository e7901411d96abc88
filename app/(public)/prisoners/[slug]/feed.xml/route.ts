import { NotFound } from "@/lib/errors/app-error";
import { respond } from "@/lib/errors/http";
import { atomHeaders, renderAtom } from "@/lib/feeds/atom";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { getCachedPublicCase } from "@/lib/public/case-cache";

/** One person's public timeline; 404 like the page when the person is not published. */
export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return respond(async () => {
    const { slug } = await params;
    const found = await getCachedPublicCase(slug);
    if (!found) throw new NotFound();
    const origin = new URL(request.url).origin;
    const page = `${origin}/prisoners/${slug}`;
    const { person, timeline } = found.record;
    const xml = renderAtom({
      id: `${page}/feed.xml`,
      title: `${person.displayName} — Casebook`,
      self: `${page}/feed.xml`,
      link: page,
      updated: new Date(found.lastUpdatedAt),
      entries: [...timeline].reverse().map((event) => ({
        id: `${page}#event-${event.id}`,
        title: `${formatPartialDate(event.date, event.datePrecision)}: ${event.title}`,
        updated: new Date(`${event.date}T00:00:00Z`),
        link: `${page}#event-${event.id}`,
        summary: event.text,
      })),
    });
    return new Response(xml, { headers: atomHeaders });
  });
}
