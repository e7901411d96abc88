import type { Metadata } from "next";
import Link from "next/link";
import { RecordForm } from "@/components/workspace/record-form";
import { requirePermission } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/campaigns/queries";
import { CAMPAIGN_FIELDS } from "@/lib/campaigns/schemas";
import { createCampaignAction } from "./actions";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage() {
  const actor = await requirePermission("manage:campaigns");
  const campaigns = await listCampaigns(actor);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section>
        <h1 className="font-serif text-3xl font-semibold">Campaigns</h1>
        <p className="mt-2 text-muted">
          Letter-writing lists: a set of published cases, what to write to each person and where, and the letters sent.
        </p>
        {campaigns.length === 0 ? (
          <p className="mt-8 rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">
            No campaigns yet. Create the first one.
          </p>
        ) : (
          <ul className="mt-6 divide-y divide-line rounded-lg border border-line bg-white">
            {campaigns.map((c) => (
              <li key={c.id}>
                {/* No prefetch: each campaign page runs the print check (fonts, label fit) for all its cases. */}
                <Link
                  prefetch={false}
                  href={`/workspace/campaigns/${c.slug}`}
                  className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-stone-50"
                >
                  <span className="font-semibold">{c.name}</span>
                  <span className="text-sm text-muted">
                    {c.year} · {c.cases} {c.cases === 1 ? "case" : "cases"} · {c.actions.toLocaleString("en-GB")}{" "}
                    actions · {c.published ? "published" : "draft"}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-campaign" className="rounded-lg border border-line bg-white p-5 lg:self-start">
        <h2 id="new-campaign" className="font-serif text-xl font-semibold">
          New campaign
        </h2>
        <RecordForm
          fields={CAMPAIGN_FIELDS}
          initial={{ year: String(new Date().getUTCFullYear()), languages: "en" }}
          hidden={{}}
          action={createCampaignAction}
          submitLabel="Create campaign"
          idPrefix="campaign"
        />
      </section>
    </div>
  );
}
