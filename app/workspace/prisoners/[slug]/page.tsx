import type { Metadata } from "next";
import Link from "next/link";
import { SavedNotice, VisibilityBadge } from "@/components/workspace/badges";
import { ConfirmButton } from "@/components/workspace/confirm-button";
import { guarded } from "@/lib/errors/http";
import { can } from "@/lib/auth/permissions";
import { requestAddress, requireUser } from "@/lib/auth/session";
import { itemTitle, itemWhen } from "@/lib/cases/display";
import { getCase } from "@/lib/cases/queries";
import { ITEM_KINDS, KINDS } from "@/lib/records/kinds";
import { PERSON_FIELDS } from "@/lib/records/person-fields";
import { toFormValues, VISIBILITY_LABEL } from "@/lib/forms/fields";
import { UncitedFacts } from "@/components/workspace/uncited-facts";
import { uncitedFactsOf } from "@/lib/sourcing/coverage";
import { deleteCaseAction, publishAction } from "./actions";

export const metadata: Metadata = { title: "Case" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string; all?: string }> };

// A list longer than this shows its latest entries and a link to all of them: a case with
// 1,000 timeline events made a 1.4 MB page that took 0.65 s (bench:scale, issue 15).
const ITEMS_SHOWN = 50;

export default async function CasePage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { slug } = await params;
  const record = await guarded(async () => getCase(actor, slug, await requestAddress()));
  const { person } = record;
  const editable = can(actor.role, "edit:case") && !person.deletedAt;
  const values = toFormValues(PERSON_FIELDS, person);
  const hidden = { $personId: person.id, $slug: person.slug };
  const citationsOf = new Map<string, number>();
  for (const c of record.citations) citationsOf.set(c.subjectId, (citationsOf.get(c.subjectId) ?? 0) + 1);
  const citationCount = (id: string) => citationsOf.get(id) ?? 0;
  const { saved, all } = await searchParams;
  const uncited = person.published ? await uncitedFactsOf(actor, person.id) : [];

  return (
    <article>
      <SavedNotice saved={saved} />
      <header className="flex flex-wrap items-start justify-between gap-4 border-b border-line pb-5">
        <div>
          <p className="text-sm text-muted">
            {person.deletedAt ? "Deleted case" : person.published ? "Published" : "Not published"}
          </p>
          <h1 className="font-serif text-3xl font-semibold">{person.displayName}</h1>
          <p className="mt-1 text-sm text-muted">Version {person.version}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {editable && (
            <Link
              href={`/workspace/prisoners/${slug}/edit`}
              className="rounded bg-accent px-3 py-1.5 font-medium text-white"
            >
              Edit person
            </Link>
          )}
          {editable && (
            <Link
              href={`/workspace/prisoners/${slug}/history`}
              className="rounded border border-line bg-white px-3 py-1.5"
            >
              History
            </Link>
          )}
          {person.published && (
            <a href={`/prisoners/${slug}`} className="rounded border border-line bg-white px-3 py-1.5">
              Public page
            </a>
          )}
          <Link
            href={`/workspace/prisoners/${slug}/preview`}
            className="rounded border border-line bg-white px-3 py-1.5"
          >
            Preview public page
          </Link>
          {editable && (
            <Link
              href={`/workspace/prisoners/${slug}/release`}
              className="rounded border border-line bg-white px-3 py-1.5"
            >
              Record release
            </Link>
          )}
          {editable && can(actor.role, "publish:case") && !person.published && (
            <Link
              href={`/workspace/prisoners/${slug}/preview`}
              className="rounded border border-accent bg-white px-3 py-1.5 font-medium text-accent"
            >
              Publish…
            </Link>
          )}
          {editable && can(actor.role, "publish:case") && person.published && (
            <form action={publishAction}>
              {Object.entries(hidden).map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={v} />
              ))}
              <input type="hidden" name="publish" value="0" />
              <button
                type="submit"
                className="rounded border border-accent bg-white px-3 py-1.5 font-medium text-accent"
              >
                Unpublish
              </button>
            </form>
          )}
          {editable && (
            <ConfirmButton
              label="Delete case…"
              confirmLabel="Delete this case"
              question="The case leaves the lists and the public site at once. Only an admin can restore it."
              action={deleteCaseAction}
              hidden={{ ...hidden, delete: "1" }}
            />
          )}
          {person.deletedAt && can(actor.role, "restore:deleted") && (
            <form action={deleteCaseAction}>
              {Object.entries(hidden).map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={v} />
              ))}
              <input type="hidden" name="delete" value="0" />
              <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white">
                Restore case
              </button>
            </form>
          )}
        </div>
      </header>

      {uncited.length > 0 && (
        <details
          id="uncited"
          className="mt-4 rounded border border-amber-300 bg-amber-50 px-4 py-3"
          data-testid="uncited"
        >
          <summary className="cursor-pointer text-sm font-medium text-amber-950">
            {uncited.length} public {uncited.length === 1 ? "fact has" : "facts have"} no source yet
          </summary>
          <div className="mt-2">
            <UncitedFacts facts={uncited} />
          </div>
        </details>
      )}

      <section aria-labelledby="person" className="mt-6">
        <h2 id="person" className="font-serif text-xl font-semibold">
          Person
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          {PERSON_FIELDS.map((f) => (
            <div key={f.name} className="contents">
              <dt className="text-muted">{f.label}</dt>
              <dd data-field={f.name}>
                {f.type === "checkbox"
                  ? values[f.name] === "on"
                    ? "yes"
                    : "no"
                  : f.type === "select"
                    ? f.options?.[values[f.name] ?? ""]
                    : f.type === "visibility"
                      ? VISIBILITY_LABEL[values[f.name] as keyof typeof VISIBILITY_LABEL]
                      : values[f.name] || "—"}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-muted">{citationCount(person.id)} citation(s) on the person.</p>
      </section>

      {ITEM_KINDS.map((kind) => {
        const spec = KINDS[kind];
        const rows = record.items[kind];
        const shown = all === kind || rows.length <= ITEMS_SHOWN ? rows : rows.slice(-ITEMS_SHOWN);
        return (
          <section key={kind} id={kind} aria-labelledby={`h-${kind}`} className="mt-8">
            <div className="flex items-baseline justify-between gap-3 border-b border-line pb-1">
              <h2 id={`h-${kind}`} className="font-serif text-xl font-semibold">
                {spec.plural}
              </h2>
              {editable && (
                <Link
                  href={`/workspace/prisoners/${slug}/items/${kind}/new`}
                  className="text-sm font-medium text-accent hover:underline"
                >
                  Add {spec.label.toLowerCase()}
                </Link>
              )}
            </div>
            {rows.length === 0 ? (
              <p className="mt-2 text-sm text-muted">None recorded.</p>
            ) : (
              <ul className="mt-2 divide-y divide-line">
                {shown.length < rows.length && (
                  <li className="py-2 text-sm text-muted" data-testid={`${kind}-collapsed`}>
                    The latest {shown.length} of {rows.length.toLocaleString("en-GB")} (newest added last).{" "}
                    <Link href={`/workspace/prisoners/${slug}?all=${kind}#${kind}`} className="text-accent underline">
                      Show all {rows.length.toLocaleString("en-GB")}
                    </Link>
                  </li>
                )}
                {shown.map((row) => (
                  <li key={row.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
                    <div>
                      <Link
                        href={`/workspace/prisoners/${slug}/items/${kind}/${row.id}`}
                        className="font-medium text-accent hover:underline"
                      >
                        {itemTitle(kind, row, record.facilities)}
                      </Link>
                      {itemWhen(kind, row) && <span className="text-muted"> · {itemWhen(kind, row)}</span>}
                    </div>
                    <div className="flex items-center gap-2 text-muted">
                      <span>{citationCount(row.id)} cit.</span>
                      <VisibilityBadge visibility={row.visibility} />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </article>
  );
}
