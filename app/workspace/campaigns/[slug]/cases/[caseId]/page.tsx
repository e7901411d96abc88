import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SavedNotice } from "@/components/workspace/badges";
import { RecordForm } from "@/components/workspace/record-form";
import { requirePermission } from "@/lib/auth/session";
import { getCampaign } from "@/lib/campaigns/queries";
import { ACTION_TYPES, CAMPAIGN_CASE_FIELDS, TALLY_FIELDS } from "@/lib/campaigns/schemas";
import { guarded } from "@/lib/errors/http";
import { recordTallyAction, updateCaseAction } from "../../../actions";
import { textOf } from "@/lib/text/text-of";

export const metadata: Metadata = { title: "Letter details" };

type Props = { params: Promise<{ slug: string; caseId: string }>; searchParams: Promise<{ saved?: string }> };

export default async function CampaignCasePage({ params, searchParams }: Props) {
  const actor = await requirePermission("manage:campaigns");
  const [{ slug, caseId }, { saved }] = await Promise.all([params, searchParams]);
  const { campaign, cases } = await guarded(() => getCampaign(actor, slug));
  const item = cases.find((c) => c.id === caseId);
  if (!item) notFound();
  const o = item.overrides;
  const initial = Object.fromEntries(
    CAMPAIGN_CASE_FIELDS.map((f) => {
      const value = o[f.name as keyof typeof o];
      return [f.name, Array.isArray(value) ? value.map(textOf).join(", ") : textOf(value)];
    }),
  );
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div>
      <SavedNotice saved={saved} />
      <p className="text-sm">
        <Link href={`/workspace/campaigns/${slug}#cases`} className="text-accent hover:underline">
          ← {campaign.name}
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{item.person?.displayName ?? "Case"}: letter details</h1>
      <p className="mt-1 text-muted">
        Empty fields use the case’s public record. Only public facts are ever used in a campaign.
      </p>

      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="letter-heading" className="rounded-lg border border-line bg-white p-5">
          <h2 id="letter-heading" className="font-serif text-xl font-semibold">
            For letter writers
          </h2>
          {item.letter && (
            <div className="mt-3 rounded bg-stone-100 p-3 text-sm text-muted">
              <p>
                <span className="font-medium text-ink">From the case record:</span>{" "}
                {item.letter.summary || "no public summary"}
              </p>
              <p className="mt-1">
                {[
                  item.letter.facility_native || item.letter.facility,
                  item.letter.address_line_1,
                  item.letter.address_line_2,
                  item.letter.address_line_3,
                ]
                  .filter(Boolean)
                  .join(", ") || "No current address in the public record."}
              </p>
            </div>
          )}
          <RecordForm
            fields={CAMPAIGN_CASE_FIELDS}
            initial={initial}
            version={item.version}
            hidden={{ $caseId: item.id }}
            action={updateCaseAction}
            submitLabel="Save letter details"
            idPrefix="letter"
          />
        </section>

        <section aria-labelledby="tally-heading" className="rounded-lg border border-line bg-white p-5 lg:self-start">
          <h2 id="tally-heading" className="font-serif text-xl font-semibold">
            Tallies
          </h2>
          <p className="mt-1 text-sm text-muted">
            {item.total.toLocaleString("en-GB")} in all{item.totals.length > 0 && ": "}
            {item.totals
              .map(
                ([type, n]) =>
                  `${n.toLocaleString("en-GB")} ${ACTION_TYPES[type as keyof typeof ACTION_TYPES].toLowerCase()}`,
              )
              .join(", ")}
          </p>
          <RecordForm
            fields={TALLY_FIELDS}
            initial={{ actionType: "LETTER", date: today }}
            hidden={{ $caseId: item.id }}
            action={recordTallyAction}
            submitLabel="Record"
            idPrefix="tally"
          />
          {item.tallies.length > 0 && (
            <ul className="mt-4 divide-y divide-line text-sm">
              {item.tallies.map((t) => (
                <li key={t.id} className="flex justify-between gap-2 py-1.5">
                  <span>
                    {t.count.toLocaleString("en-GB")} {ACTION_TYPES[t.actionType].toLowerCase()}
                    {t.groupName ? ` · ${t.groupName}` : ""}
                  </span>
                  <time className="text-muted" dateTime={t.date.toISOString().slice(0, 10)}>
                    {t.date.toISOString().slice(0, 10)}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
