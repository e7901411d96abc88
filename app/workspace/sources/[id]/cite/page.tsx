import type { Metadata } from "next";
import Link from "next/link";
import { RecordForm } from "@/components/workspace/record-form";
import { requestAddress, requirePermission } from "@/lib/auth/session";
import { listCases } from "@/lib/cases/queries";
import { KINDS } from "@/lib/records/kinds";
import type { FieldSpec } from "@/lib/forms/fields";
import { passageAt } from "@/lib/citations/passage";
import { dateStatedIn, proposeEvent } from "@/lib/citations/passage-proposal";
import { citableFacts } from "@/lib/citations/queries";
import { quoteProblem } from "@/lib/sources/quote-check";
import { DISAGREEMENT_FIELDS } from "@/lib/citations/schemas";
import { getSourceForReading } from "@/lib/sources/queries";
import { withLF } from "@/lib/text/line-breaks";
import { guarded } from "@/lib/errors/http";
import { citeFactAction, createEventFromPassageAction } from "../../actions";

export const metadata: Metadata = { title: "Cite a passage" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string; quote?: string; person?: string; q?: string }>;
};

const input = "mt-1 w-full rounded border border-line bg-white px-3 py-2";

// Step 1 (a GET form, so the choice can be bookmarked or reloaded without loss): the
// passage and the case. Step 2: attach it to one of the case's facts, or create a
// timeline event from it. Both forms post the passage as the source's own characters.
export default async function CitePassagePage({ params, searchParams }: Props) {
  const actor = await requirePermission("edit:case");
  const { id } = await params;
  const query = await searchParams;
  const { source, people } = await guarded(async () => getSourceForReading(actor, id, await requestAddress()));
  const fromSelection = query.from !== undefined ? passageAt(source.text, Number(query.from), Number(query.to)) : null;
  const quote = withLF(query.quote ?? fromSelection?.quote ?? "").trim();
  const problem = quote ? quoteProblem(source.text, quote) : null;
  const found = query.q?.trim()
    ? (await listCases(actor, { q: query.q.trim(), status: "", publication: "" })).cases
        .filter((c) => !c.deleted)
        .slice(0, 10)
    : [];
  const personSlug = query.person ?? (people.length === 1 ? (people[0]?.slug ?? "") : "");
  const chosen =
    quote && !problem && personSlug
      ? await guarded(async () => citableFacts(actor, personSlug, await requestAddress()))
      : null;
  const hidden: Record<string, string> = chosen
    ? { $sourceId: source.id, $quote: quote, $personId: chosen.person.id }
    : {};
  const targetFields: FieldSpec[] = chosen
    ? [
        {
          name: "target",
          label: "The fact it supports",
          type: "select",
          required: true,
          options: Object.fromEntries(chosen.facts.map((f) => [f.value, f.label])),
        },
        ...DISAGREEMENT_FIELDS,
      ]
    : [];
  // Proposals, never copies: the date only when the passage states it (the article's own
  // date is when it was reported, not when it happened), a short title from the passage's
  // words, and no public text until the caseworker writes one.
  const stated = dateStatedIn(quote);
  const proposal = proposeEvent(quote, source.title);
  const eventInitial = {
    type: proposal.type,
    date: stated ?? "",
    title: proposal.title,
    publicText: "",
    visibility: "INTERNAL",
  };

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/workspace/sources/${source.id}`} className="text-accent hover:underline">
          ← {source.title}
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">Cite a passage</h1>

      <form method="get" className="mt-6 space-y-4 rounded border border-line bg-white p-4">
        <div>
          <label htmlFor="quote" className="block text-sm font-medium">
            Passage
          </label>
          <textarea
            id="quote"
            name="quote"
            rows={4}
            defaultValue={quote}
            aria-invalid={problem ? true : undefined}
            aria-describedby="quote-help"
            className={`${input} font-serif`}
          />
          {problem ? (
            <p id="quote-help" role="alert" className="mt-1 text-sm text-red-800">
              {problem}
            </p>
          ) : (
            <p id="quote-help" className="mt-1 text-sm text-muted">
              The exact words from the source’s stored text. A citation keeps this quote for good.
            </p>
          )}
        </div>
        <div>
          <label htmlFor="person" className="block text-sm font-medium">
            Case
          </label>
          <select id="person" name="person" defaultValue={personSlug} className={input}>
            <option value="">Choose a case…</option>
            {people.length > 0 && (
              <optgroup label="Named in this source">
                {people.map((p) => (
                  <option key={p.slug} value={p.slug}>
                    {p.displayName}
                  </option>
                ))}
              </optgroup>
            )}
            {found.length > 0 && (
              <optgroup label={`Cases matching “${query.q}”`}>
                {found
                  .filter((c) => !people.some((p) => p.slug === c.slug))
                  .map((c) => (
                    <option key={c.slug} value={c.slug}>
                      {c.displayName}
                    </option>
                  ))}
              </optgroup>
            )}
            {query.person &&
              !people.some((p) => p.slug === query.person) &&
              !found.some((c) => c.slug === query.person) &&
              chosen && <option value={chosen.person.slug}>{chosen.person.displayName}</option>}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Another case, by name
          </label>
          <input id="q" name="q" defaultValue={query.q ?? ""} className={input} placeholder="Any spelling" />
        </div>
        <button className="rounded border border-accent px-4 py-2 text-sm font-medium text-accent">Continue</button>
      </form>

      {chosen && (
        <>
          <blockquote className="mt-8 border-l-4 border-accent pl-4 font-serif text-lg italic" lang={source.language}>
            “{quote}”
          </blockquote>
          <p className="mt-2 text-sm text-muted">
            for{" "}
            <Link href={`/workspace/prisoners/${chosen.person.slug}`} className="text-accent hover:underline">
              {chosen.person.displayName}
            </Link>
          </p>
          <div className="mt-6 grid items-start gap-6 lg:grid-cols-2">
            <section aria-labelledby="attach" className="rounded border border-line bg-white p-4">
              <h2 id="attach" className="mb-3 font-serif text-xl font-semibold">
                Attach to a fact
              </h2>
              {chosen.facts.length === 0 ? (
                <p className="text-sm text-muted">This case has no facts yet. Create a timeline event instead.</p>
              ) : (
                <RecordForm
                  fields={targetFields}
                  idPrefix="attach"
                  initial={{}}
                  hidden={hidden}
                  action={citeFactAction}
                  submitLabel="Add citation"
                />
              )}
            </section>
            <section aria-labelledby="new-event" className="rounded border border-line bg-white p-4">
              <h2 id="new-event" className="mb-3 font-serif text-xl font-semibold">
                New timeline event
              </h2>
              <RecordForm
                fields={KINDS.timelineEvent.fields}
                idPrefix="event"
                initial={eventInitial}
                hidden={hidden}
                action={createEventFromPassageAction}
                submitLabel="Create event citing this passage"
              />
              <p className="mt-3 text-sm text-muted">
                An arrest or abduction also opens a detention, and a release closes the open one (with its placement and
                ongoing conditions), citing this passage once for all of it.
              </p>
            </section>
          </div>
        </>
      )}
    </div>
  );
}
