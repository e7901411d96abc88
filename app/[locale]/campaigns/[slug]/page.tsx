import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicCampaign } from "@/lib/campaigns/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getPublicCampaign((await params).slug);
  return found ? { title: found.campaign.name, description: found.campaign.description ?? undefined } : { title: "Not found" };
}

export default async function PublicCampaignPage({ params }: Props) {
  const found = await getPublicCampaign((await params).slug);
  if (!found) notFound();
  const { campaign, letters, actions } = found;
  return (
    <article>
      <p className="text-sm font-medium uppercase tracking-wide text-muted">Letter-writing campaign {campaign.year}</p>
      <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{campaign.name}</h1>
      {campaign.description && <p className="mt-4 max-w-3xl whitespace-pre-line text-lg leading-relaxed">{campaign.description}</p>}
      <p className="mt-3 text-muted">{actions.toLocaleString("en-GB")} letters and actions recorded so far.</p>

      <section aria-labelledby="how-heading" className="mt-6 max-w-3xl rounded-lg border border-line bg-white p-5">
        <h2 id="how-heading" className="font-serif text-xl font-semibold">How to take part</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          <li>Choose a person below and read their case.</li>
          <li>Write a short, warm letter or card: news of your life, a picture, good wishes. Follow the guidance for each person.</li>
          <li>Copy the address exactly as given, in the local script where there is one.</li>
          <li>Write to the authority named, politely asking for the person’s release.</li>
        </ol>
      </section>

      <ul className="mt-8 grid gap-6 md:grid-cols-2">
        {letters.map((l) => {
          const local = [l.address_line_1, l.address_line_2, l.address_line_3, l.address_line_4].filter(Boolean);
          const latin = [l.address_latin_line_1, l.address_latin_line_2, l.address_latin_line_3, l.address_latin_line_4].filter(Boolean);
          return (
            <li key={l.case_url} className="rounded-lg border border-line bg-white p-5">
              <h2 className="font-serif text-xl font-semibold"><Link href={l.case_url} className="hover:underline">{l.name}</Link></h2>
              {l.name_native && <p className="text-muted" lang="be">{l.name_native}</p>}
              {l.summary && <p className="mt-3 leading-relaxed">{l.summary}</p>}
              {local.length > 0 && (
                <div className="mt-3">
                  <h3 className="text-sm font-semibold">Write to</h3>
                  <address className="mt-1 whitespace-pre-line not-italic">{[l.name_native || l.name, l.facility_native || l.facility, ...local].filter(Boolean).join("\n")}</address>
                  {latin.length > 0 && <address className="mt-1 whitespace-pre-line text-sm not-italic text-muted">{[l.name, ...latin].join("\n")}</address>}
                </div>
              )}
              {l.target_authority && (
                <div className="mt-3">
                  <h3 className="text-sm font-semibold">Appeal to</h3>
                  <address className="mt-1 whitespace-pre-line text-sm not-italic">{[l.target_authority, l.target_address].filter(Boolean).join("\n")}</address>
                </div>
              )}
              {l.letter_guidance && <p className="mt-3 text-sm"><span className="font-semibold">Guidance: </span>{l.letter_guidance}</p>}
              {l.letter_languages && <p className="mt-1 text-sm text-muted">Reads: {l.letter_languages}</p>}
              {l.interests && <p className="mt-1 text-sm text-muted">Interests: {l.interests}</p>}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
