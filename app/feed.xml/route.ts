import { publicOrigin } from "@/lib/env";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { atomHeaders, renderAtom } from "@/lib/feeds/atom";
import { listRecentUpdates } from "@/lib/public/queries";
import { statusLabel } from "@/lib/public/labels";

export const dynamic = "force-dynamic";

/** All public updates: one entry per recently updated case. */
export async function GET() {
  const origin = publicOrigin();
  const people = await listRecentUpdates(50);
  const xml = renderAtom({
    id: `${origin}/feed.xml`,
    title: "Casebook — updates to political prisoners' cases",
    self: `${origin}/feed.xml`,
    link: `${origin}/prisoners`,
    updated: people[0]?.lastUpdatedAt ?? new Date(0),
    entries: people.map((p) => ({
      id: `${origin}/prisoners/${p.slug}`,
      title: `${p.displayName} — ${statusLabel[p.status] ?? p.status}`,
      updated: p.lastUpdatedAt,
      link: `${origin}/prisoners/${p.slug}`,
      summary: p.latestEvent
        ? `${formatPartialDate(p.latestEvent.date, p.latestEvent.datePrecision)}: ${p.latestEvent.title}`
        : p.bio,
    })),
  });
  return new Response(xml, { headers: atomHeaders });
}
