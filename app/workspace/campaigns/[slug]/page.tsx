import type { Metadata } from "next";
import Link from "next/link";
import { SavedNotice } from "@/components/workspace/badges";
import { ConfirmButton } from "@/components/workspace/confirm-button";
import { RecordForm } from "@/components/workspace/record-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { findCasesToAdd, getCampaign } from "@/lib/campaigns/queries";
import { parseDirectoryParams } from "@/lib/public/directory-params";
import { CAMPAIGN_FIELDS } from "@/lib/campaigns/schemas";
import { guarded } from "@/lib/errors/http";
import {
  addCaseAction,
  moveCaseAction,
  publishCampaignAction,
  removeCaseAction,
  updateCampaignAction,
} from "../actions";

export const metadata: Metadata = { title: "Campaign" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const button = "rounded border border-line bg-white px-2.5 py-1 text-sm hover:border-accent disabled:opacity-40";

export default async function CampaignPage({ params, searchParams }: Props) {
  const actor = await requirePermission("manage:campaigns");
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const saved = typeof query.saved === "string" ? query.saved : undefined;
  const { page: _page, sort: _sort, ...filters } = parseDirectoryParams(query);
  const q = filters.q ?? "";
  const searching = Object.values(filters).some((v) => v !== undefined);
  const { campaign, cases, total } = await guarded(() => getCampaign(actor, slug));
  const candidates = searching ? await findCasesToAdd(actor, campaign.id, filters) : [];
  const initial = {
    name: campaign.name,
    year: String(campaign.year),
    startDate: campaign.startDate?.toISOString().slice(0, 10) ?? "",
    endDate: campaign.endDate?.toISOString().slice(0, 10) ?? "",
    languages: campaign.languages.join(", "),
    description: campaign.description ?? "",
  };

  return (
    <div>
      <SavedNotice saved={saved} />
      <p className="text-sm">
        <Link href="/workspace/campaigns" className="text-accent hover:underline">
          ← Campaigns
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold">{campaign.name}</h1>
          <p className="mt-1 text-muted">
            {campaign.year} · {cases.length} {cases.length === 1 ? "case" : "cases"} ·{" "}
            <strong className="text-ink">{total.toLocaleString("en-GB")}</strong> letters and actions recorded ·{" "}
            {campaign.published ? (
              <Link className="text-accent underline" href={`/campaigns/${campaign.slug}`}>
                published
              </Link>
            ) : (
              "draft"
            )}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-muted">Export:</span>
          {(["csv", "xlsx", "pdf"] as const).map((f) => (
            <a
              key={f}
              href={`/workspace/campaigns/${campaign.slug}/export.${f}`}
              className={button}
              download
              aria-label={`Download the letter list as ${f.toUpperCase()}`}
            >
              {f.toUpperCase()}
            </a>
          ))}
          <form action={publishCampaignAction}>
            <input type="hidden" name="$id" value={campaign.id} />
            <input type="hidden" name="published" value={String(!campaign.published)} />
            <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white">
              {campaign.published ? "Unpublish" : "Publish"}
            </button>
          </form>
        </div>
      </div>

      <details className="mt-6 rounded-lg border border-line bg-white p-4">
        <summary className="cursor-pointer font-medium">Campaign details</summary>
        <RecordForm
          fields={CAMPAIGN_FIELDS}
          initial={initial}
          version={campaign.version}
          hidden={{ $id: campaign.id }}
          action={updateCampaignAction}
          submitLabel="Save campaign"
          idPrefix="details"
        />
      </details>

      <section id="cases" aria-labelledby="cases-heading" className="mt-8">
        <h2 id="cases-heading" className="font-serif text-xl font-semibold">
          Cases
        </h2>
        {cases.length === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-line bg-white p-6 text-center text-muted">
            No cases yet: find published cases below and add them.
          </p>
        ) : (
          <ol className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
            {cases.map((c, index) => (
              <li key={c.id} className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <p className="font-semibold">
                    {index + 1}. {c.person?.displayName ?? "Case no longer published"}{" "}
                    {c.person && <StatusBadge status={c.person.status} held={c.person.held} />}
                  </p>
                  {c.letter && (
                    <p className="mt-1 line-clamp-2 text-sm text-muted">{c.letter.summary || "No summary yet."}</p>
                  )}
                  <p className="mt-1 text-sm text-muted">
                    {c.letter?.address_line_1
                      ? "Address: " + [c.letter.address_line_1, c.letter.address_line_2].filter(Boolean).join(", ")
                      : "No address to write to yet."}
                    {" · "}
                    {c.total.toLocaleString("en-GB")} sent
                  </p>
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-2">
                  {(["up", "down"] as const).map((direction) => (
                    <form key={direction} action={moveCaseAction}>
                      <input type="hidden" name="$caseId" value={c.id} />
                      <input type="hidden" name="direction" value={direction} />
                      <button
                        type="submit"
                        className={button}
                        disabled={direction === "up" ? index === 0 : index === cases.length - 1}
                        aria-label={`Move ${c.person?.displayName ?? "case"} ${direction}`}
                      >
                        {direction === "up" ? "↑" : "↓"}
                      </button>
                    </form>
                  ))}
                  <Link href={`/workspace/campaigns/${campaign.slug}/cases/${c.id}`} className={button}>
                    Letter details and tallies
                  </Link>
                  <ConfirmButton
                    label="Remove"
                    confirmLabel="Remove from campaign"
                    question={`Remove ${c.person?.displayName ?? "this case"} from the campaign? Its tallies are removed too.`}
                    action={removeCaseAction}
                    hidden={{ $caseId: c.id }}
                  />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="add-heading" className="mt-8 rounded-lg border border-line bg-white p-4">
        <h2 id="add-heading" className="font-serif text-lg font-semibold">
          Add published cases
        </h2>
        <form
          role="search"
          className="mt-3 flex flex-wrap items-end gap-2"
          action={`/workspace/campaigns/${campaign.slug}`}
        >
          <div className="min-w-56 flex-1">
            <label htmlFor="add-q" className="block text-sm font-medium">
              Name, charge or prison
            </label>
            <input id="add-q" name="q" defaultValue={q} className="mt-1 w-full rounded border border-line px-3 py-2" />
          </div>
          <div>
            <label htmlFor="add-custody" className="block text-sm font-medium">
              Custody
            </label>
            <select
              id="add-custody"
              name="custody"
              defaultValue={filters.custody ?? ""}
              className="mt-1 rounded border border-line bg-white px-3 py-2"
            >
              <option value="">Any</option>
              <option value="held">Held now</option>
              <option value="released">Released</option>
            </select>
          </div>
          <div>
            <label htmlFor="add-article" className="block text-sm font-medium">
              Article
            </label>
            <input
              id="add-article"
              name="article"
              defaultValue={filters.article ?? ""}
              placeholder="e.g. 342"
              className="mt-1 w-28 rounded border border-line px-3 py-2"
            />
          </div>
          <div>
            <label htmlFor="add-region" className="block text-sm font-medium">
              Region
            </label>
            <input
              id="add-region"
              name="region"
              defaultValue={filters.region ?? ""}
              className="mt-1 w-40 rounded border border-line px-3 py-2"
            />
          </div>
          <button type="submit" className="rounded border border-accent px-4 py-2 text-sm font-medium text-accent">
            Find
          </button>
        </form>
        {searching && candidates.length === 0 && (
          <p className="mt-3 text-sm text-muted">No published case outside this campaign matches.</p>
        )}
        {candidates.length > 0 && (
          <ul className="mt-3 divide-y divide-line">
            {candidates.map((p) => (
              <li key={p.person_id} className="flex items-center justify-between gap-3 py-2">
                <span>
                  {p.display_name} <StatusBadge status={p.status} held={p.held} />
                </span>
                <form action={addCaseAction}>
                  <input type="hidden" name="$campaignId" value={campaign.id} />
                  <input type="hidden" name="$personId" value={p.person_id} />
                  <button type="submit" className={button} aria-label={`Add ${p.display_name}`}>
                    Add
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
