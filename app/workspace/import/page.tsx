import type { Metadata } from "next";
import { UploadForm } from "@/components/workspace/upload-form";
import { requirePermission } from "@/lib/auth/session";
import { IMPORT_FIELDS } from "@/lib/import/fields";
import { uploadAction } from "./actions";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await requirePermission("edit:case");
  const { done } = await searchParams;
  const [created, updated, unchanged] = (done ?? "").split("-").map(Number);
  return (
    <div className="max-w-3xl">
      {done && (
        <p
          role="status"
          className="mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          Imported: {created} created, {updated} updated, {unchanged} unchanged. New cases are not published until a
          caseworker publishes them.
        </p>
      )}
      <h1 className="font-serif text-3xl font-semibold">Import a spreadsheet</h1>
      <p className="mt-2 text-muted">
        People, spellings, charges, sentences, prisons and releases from a CSV or Excel list. Re-importing an updated
        file updates the matching people (by an id column, or by name and birth date) instead of creating duplicates.
      </p>
      <UploadForm action={uploadAction} />
      <details className="mt-8 text-sm">
        <summary className="cursor-pointer font-medium">Columns Casebook understands</summary>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {Object.values(IMPORT_FIELDS).map((f) => (
            <li key={f.label}>
              <span className="font-medium">{f.label}</span>: {f.headers.slice(0, 3).join(", ")}…
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
