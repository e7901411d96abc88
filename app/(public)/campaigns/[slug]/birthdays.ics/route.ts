import { publicCampaignBirthdays } from "@/lib/campaigns/queries";
import { birthdayCalendar } from "@/lib/letters/calendar";

// iCalendar feed of the birthdays of the people a published campaign appeals for: public
// birth dates known to the day only (lib/letters/calendar.ts).
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const found = await publicCampaignBirthdays(slug);
  if (!found) return new Response("Not found", { status: 404 });
  const origin = new URL(request.url).origin;
  const body = birthdayCalendar(
    `${found.campaign.name}: birthdays`,
    new URL(request.url).host,
    found.people.map((p) => ({ ...p, url: `${origin}/prisoners/${p.slug}` })),
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${slug}-birthdays.ics"`,
      "Cache-Control": "public, max-age=600",
    },
  });
}
