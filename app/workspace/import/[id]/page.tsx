import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { IMPORT_FIELD_KEYS, IMPORT_FIELDS } from "@/lib/import/fields";
import { dryRun } from "@/lib/import/workspace";
import { guarded } from "@/lib/errors/http";
import { importAction } from "../actions";

export const metadata: Metadata = { title: "Import: dry run" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const ACTION_LABEL = { create: "New", update: "Update", unchanged: "Unchanged", ambiguous: "Choose" } as const;

export default async function DryRunPage({ params, searchParams }: Props) {
  const actor = await requirePermission("edit:case");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { fileName, headers, rowCount, mapping, plan } = await guarded(() => dryRun(actor, id, query));
  const { counts } = plan;
  const mappingInputs = IMPORT_FIELD_KEYS.map(
    (f) => [`map.${f}`, mapping[f] === undefined ? "" : String(mapping[f])] as const,
  );
  const blocked = counts.errors > 0;

  return (
    <div>
      <p className="text-sm">
        <Link href="/workspace/import" className="text-accent hover:underline">
          ← Another file
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">Dry run: {fileName}</h1>
      <p className="mt-1 text-muted">{rowCount} rows. Nothing has been saved yet.</p>
      {query.refused && (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          Not imported: {query.refused}
        </p>
      )}

      <dl className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label="Summary">
        {(
          [
            ["To create", counts.create],
            ["To update", counts.update],
            ["Unchanged", counts.unchanged],
            ["To choose", counts.ambiguous],
            ["Errors", counts.errors],
          ] as const
        ).map(([label, n]) => (
          <div
            key={label}
            className={`rounded-lg border bg-white p-3 ${label === "Errors" && n > 0 ? "border-red-300" : "border-line"}`}
          >
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="font-serif text-2xl font-semibold">{n}</dd>
          </div>
        ))}
      </dl>

      <details className="mt-6 rounded-lg border border-line bg-white p-4" open={Object.keys(mapping).length < 2}>
        <summary className="cursor-pointer font-medium">Columns ({Object.keys(mapping).length} recognised)</summary>
        <form className="mt-3 grid gap-3 sm:grid-cols-2" method="get">
          {IMPORT_FIELD_KEYS.map((field) => (
            <label key={field} className="text-sm">
              <span className="block font-medium">{IMPORT_FIELDS[field].label}</span>
              <select
                name={`map.${field}`}
                defaultValue={mapping[field] === undefined ? "" : String(mapping[field])}
                className="mt-1 w-full rounded border border-line bg-white px-2 py-1.5"
              >
                <option value="">(not in this file)</option>
                {headers.map((h, i) => (
                  <option key={i} value={i}>
                    {h || `Column ${i + 1}`}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button
            type="submit"
            className="rounded border border-accent px-4 py-2 text-sm font-medium text-accent sm:col-span-2 sm:justify-self-start"
          >
            Check again with these columns
          </button>
        </form>
      </details>

      {plan.errors.length > 0 && (
        <section aria-labelledby="errors-heading" className="mt-6">
          <h2 id="errors-heading" className="font-serif text-xl font-semibold text-red-900">
            Fix these rows in the file, then upload it again
          </h2>
          <table className="mt-3 w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-line text-left">
                <th className="py-1 pr-3">Row</th>
                <th className="py-1 pr-3">Column</th>
                <th className="py-1">Problem</th>
              </tr>
            </thead>
            <tbody>
              {plan.errors.map((e, i) => (
                <tr key={i} className="border-b border-line" data-testid="import-error">
                  <td className="py-1 pr-3">{e.row}</td>
                  <td className="py-1 pr-3">{e.column}</td>
                  <td className="py-1">{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <form action={importAction} className="mt-6">
        <input type="hidden" name="$uploadId" value={id} />
        <input type="hidden" name="$counts" value={JSON.stringify(counts)} />
        {mappingInputs.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <section aria-labelledby="rows-heading">
          <h2 id="rows-heading" className="font-serif text-xl font-semibold">
            What the import would do
          </h2>
          {plan.newFacilities.length > 0 && (
            <p className="mt-2 text-sm">New prisons: {plan.newFacilities.join("; ")}</p>
          )}
          <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white text-sm">
            {plan.rows.slice(0, 300).map((r) => (
              <li key={r.row} className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:gap-3">
                <span className="w-14 shrink-0 text-muted">Row {r.row}</span>
                <span className="w-24 shrink-0 font-medium">{ACTION_LABEL[r.action]}</span>
                <span className="min-w-0">
                  <span className="font-medium">{r.displayName}</span>
                  {"changes" in r && <span className="text-muted">: {r.changes.join("; ")}</span>}
                  {r.action === "ambiguous" && (
                    <fieldset className="mt-1">
                      <legend className="text-muted">This row matches several people. Which is it?</legend>
                      {r.candidates.map((c) => (
                        <label key={c.personId} className="mr-4 inline-flex items-center gap-1">
                          <input type="radio" name={`choice.${r.row}`} value={c.personId} required /> {c.displayName} (
                          {c.slug})
                        </label>
                      ))}
                      <label className="inline-flex items-center gap-1">
                        <input type="radio" name={`choice.${r.row}`} value="new" /> a new person
                      </label>
                    </fieldset>
                  )}
                </span>
              </li>
            ))}
          </ul>
          {plan.rows.length > 300 && (
            <p className="mt-2 text-sm text-muted">…and {plan.rows.length - 300} more rows.</p>
          )}
        </section>
        <button
          type="submit"
          disabled={blocked}
          className="mt-4 rounded bg-accent px-4 py-2 font-medium text-white disabled:cursor-not-allowed disabled:opacity-50"
        >
          {blocked ? "Fix the errors first" : `Import ${counts.create + counts.update} changes`}
        </button>
      </form>
    </div>
  );
}
