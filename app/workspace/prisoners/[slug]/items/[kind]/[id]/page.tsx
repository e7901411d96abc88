import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VisibilityBadge } from "@/components/workspace/badges";
import { ConfirmButton } from "@/components/workspace/confirm-button";
import { RecordForm } from "@/components/workspace/record-form";
import { guarded } from "@/lib/errors/http";
import { can } from "@/lib/auth/permissions";
import { requestAddress, requireUser } from "@/lib/auth/session";
import { itemTitle } from "@/lib/cases/display";
import { formOptions, getCase, getItem } from "@/lib/cases/queries";
import { ITEM_KINDS, KINDS, type ItemKind } from "@/lib/records/kinds";
import { toFormValues, VISIBILITY_LABEL, type FieldSpec } from "@/lib/forms/fields";
import { DISAGREEMENT_FIELDS } from "@/lib/citations/schemas";
import { fieldWord, sealedFields } from "@/lib/vault/fields";
import {
  addCitationAction,
  deleteItemAction,
  eraseRestrictedAction,
  followCitationAction,
  removeCitationAction,
  saveItemAction,
} from "../../../actions";

export const metadata: Metadata = { title: "Case item" };

const SEAL_PROBLEMS = {
  erased: "was erased for good",
  tampered: "failed its integrity check (tampered or corrupted) and is not shown; enter it again or erase it",
} as const;

const CITATION_NOTICES: Record<string, string> = {
  erased: "Erased for good: the value is gone from the record and its history.",
  citation: "Citation added.",
  "citation-removed": "Citation removed.",
  "event-from-passage":
    "Timeline event created from the passage, citing it. Check its visibility: events are internal until you make them public.",
  "citation-followed": "The record now follows that source. Correct the fact above to match it if it does not yet.",
};

type Props = {
  params: Promise<{ slug: string; kind: string; id: string }>;
  searchParams: Promise<{ saved?: string; conflict?: string }>;
};

export default async function ItemPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { slug, kind, id } = await params;
  if (!(ITEM_KINDS as readonly string[]).includes(kind)) notFound();
  const itemKind = kind as ItemKind;
  const spec = KINDS[itemKind];
  const ip = await requestAddress();
  // Missing, of another case, or restricted for this role: the same 404.
  const { person, row } = await guarded(() => getItem(actor, slug, itemKind, id, ip));
  // Only this item's citations and the facility names are shown from the full record.
  const record = await getCase(actor, slug, ip, { audit: false });
  const editable = can(actor.role, "edit:case") && !record.person.deletedAt;
  const options = await formOptions(actor, person.id);
  const values = toFormValues(spec.fields, row);
  const citations = record.citations.filter((c) => c.subjectId === id);
  const here = `/workspace/prisoners/${slug}/items/${kind}/${id}`;
  const citationFields: FieldSpec[] = [
    { name: "sourceId", label: "Source", type: "source", required: true },
    {
      name: "quote",
      label: "Quoted passage",
      type: "textarea",
      required: true,
      hint: "Paste the exact words from the source’s stored text.",
    },
    { name: "field", label: "Field (optional)", type: "text", hint: "Leave empty to cite the whole item." },
    ...DISAGREEMENT_FIELDS,
  ];
  const disputed = citations.some((c) => !c.isPreferred);
  const problems = (row.sealProblems ?? {}) as Record<string, string>;
  const erasable = sealedFields(itemKind, row).filter((f) => row[f] || problems[f] === "tampered");
  const { saved, conflict } = await searchParams;

  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <Link href={`/workspace/prisoners/${slug}#${kind}`} className="text-accent hover:underline">
          ← {person.displayName}
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-3xl font-semibold">
          {spec.label}: {itemTitle(itemKind, row, record.facilities)}
        </h1>
        <VisibilityBadge visibility={row.visibility} />
      </div>
      {saved && saved in CITATION_NOTICES && (
        <p
          role="status"
          className="mt-3 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {CITATION_NOTICES[saved]}
        </p>
      )}
      {Object.entries((row.sealProblems ?? {}) as Record<string, keyof typeof SEAL_PROBLEMS>).map(
        ([field, problem]) => (
          <p key={field} role="alert" className="mt-3 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm">
            The {fieldWord(field)} {SEAL_PROBLEMS[problem]}.
          </p>
        ),
      )}
      {conflict && (
        <p role="alert" className="mt-3 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm">
          Not deleted: someone changed this item meanwhile. Check it and try again.
        </p>
      )}

      {editable ? (
        <section aria-labelledby="edit" className="mt-6">
          <h2 id="edit" className="sr-only">
            Edit
          </h2>
          <RecordForm
            // A new version (an erasure redirects back here) starts the form afresh.
            key={row.version}
            fields={spec.fields}
            initial={values}
            version={row.version}
            hidden={{ $personId: person.id, $kind: kind, $id: id }}
            action={saveItemAction}
            options={options}
            submitLabel="Save"
          />
        </section>
      ) : (
        <dl className="mt-6 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          {spec.fields.map((f) => (
            <div key={f.name} className="contents">
              <dt className="text-muted">{f.label}</dt>
              <dd>
                {f.type === "visibility"
                  ? VISIBILITY_LABEL[values[f.name] as keyof typeof VISIBILITY_LABEL]
                  : f.type === "select"
                    ? f.options?.[values[f.name] ?? ""]
                    : f.type === "ref" && f.ref
                      ? options[f.ref]?.[values[f.name] ?? ""]
                      : values[f.name] || "—"}
              </dd>
            </div>
          ))}
        </dl>
      )}

      {editable && erasable.length > 0 && (
        <section aria-labelledby="erase" className="mt-6 rounded border border-line bg-white p-4 text-sm">
          <h2 id="erase" className="font-medium">
            Erase a restricted value
          </h2>
          <p className="mt-1 text-muted">
            For good: it leaves the record and can no longer be read from its history or from backups made from now on.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            {erasable.map((field) => (
              <ConfirmButton
                key={field}
                label={`Erase the ${fieldWord(field)}…`}
                confirmLabel={`Erase the ${fieldWord(field)} for good`}
                question="This cannot be undone: no one, including admins, will be able to read it again."
                action={eraseRestrictedAction}
                hidden={{ $entity: kind, $personId: person.id, $id: id, $field: field }}
              />
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="citations" className="mt-10">
        <h2 id="citations" className="font-serif text-xl font-semibold">
          Citations
        </h2>
        {citations.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No citation yet.</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {citations.map((c) => (
              <li key={c.id} className="rounded border border-line bg-white p-3">
                <blockquote className="italic">“{c.quote}”</blockquote>
                <p className="mt-1 text-muted">
                  —{" "}
                  <Link href={`/workspace/sources/${c.sourceId}`} className="text-accent hover:underline">
                    {c.sourceTitle}
                  </Link>
                  {c.field ? ` (field: ${c.field})` : ""}
                </p>
                {disputed && (
                  <p
                    className={`mt-2 inline-block rounded px-2 py-0.5 text-xs font-medium ${c.isPreferred ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900"}`}
                  >
                    {c.isPreferred
                      ? "The record follows this source"
                      : `Disagrees with the record${c.note ? `: ${c.note}` : " (say how: remove and cite again with a note)"}`}
                  </p>
                )}
                {editable && (
                  <div className="mt-2 flex flex-wrap gap-2">
                    {!c.isPreferred && (
                      <form action={followCitationAction}>
                        {Object.entries({
                          $personId: person.id,
                          $slug: person.slug,
                          $citationId: c.id,
                          $return: here,
                        }).map(([name, value]) => (
                          <input key={name} type="hidden" name={name} value={value} />
                        ))}
                        <button className="rounded border border-line px-3 py-1.5 text-sm hover:border-accent">
                          Follow this source instead
                        </button>
                      </form>
                    )}
                    <ConfirmButton
                      label="Remove…"
                      confirmLabel="Remove this citation"
                      question="The fact loses this source. The history keeps the quote."
                      action={removeCitationAction}
                      hidden={{ $personId: person.id, $slug: person.slug, $citationId: c.id, $return: here }}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {editable && (
          <div className="mt-4 rounded border border-line bg-white p-4">
            <h3 className="mb-3 font-medium">Cite a source</h3>
            <RecordForm
              fields={citationFields}
              idPrefix="citation"
              initial={{}}
              hidden={{ $personId: person.id, $slug: person.slug, $kind: kind, $subjectId: id, $return: here }}
              action={addCitationAction}
              submitLabel="Add citation"
            />
          </div>
        )}
      </section>

      {editable && (
        <section className="mt-10 border-t border-line pt-4">
          <ConfirmButton
            label={`Delete ${spec.label.toLowerCase()}…`}
            confirmLabel="Delete"
            question="The item and its citations are removed. The history can bring the item back (citations must be added again)."
            action={deleteItemAction}
            hidden={{ $personId: person.id, $slug: slug, $kind: kind, $id: id, $version: String(row.version) }}
          />
        </section>
      )}
    </div>
  );
}
