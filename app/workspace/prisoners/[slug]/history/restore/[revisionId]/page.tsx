import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FieldChanges } from "@/components/workspace/field-changes";
import { NotFound } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/auth/session";
import { previewRestore } from "@/lib/revisions/mutations";
import { restoreRevisionAction } from "../../../actions";

export const metadata: Metadata = { title: "Restore: preview" };

// A restore is shown before it is done: what changes, which citations it leaves
// unconfirmed, or why the record's rules refuse it.
export default async function RestorePreviewPage({
  params,
}: {
  params: Promise<{ slug: string; revisionId: string }>;
}) {
  const actor = await requirePermission("edit:case");
  const { slug, revisionId } = await params;
  const preview = await previewRestore(actor, revisionId).catch((error) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  if (preview.slug !== slug) notFound();
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/workspace/prisoners/${slug}/history`} className="text-accent hover:underline">
          ← History
        </Link>
      </p>
      <h1 className="mb-2 mt-2 font-serif text-3xl font-semibold">Restore: what it would change</h1>
      <p className="mb-6 text-muted">
        {preview.entityLabel}
        {preview.itemTitle ? `: ${preview.itemTitle}` : ""}
      </p>
      {preview.refusal ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-900" data-testid="refusal">
          <p className="font-semibold">This restore cannot be done.</p>
          <p className="mt-1">{preview.refusal}</p>
          <p className="mt-2 text-sm">Nothing was changed.</p>
        </div>
      ) : (
        <>
          <p className="mb-3">
            {preview.action === "remove"
              ? "The item will be removed again."
              : preview.action === "bring back"
                ? "The deleted item will come back as it was."
                : "The item will be put back as it was before that change."}
          </p>
          {preview.changes.length > 0 ? (
            <FieldChanges changes={preview.changes} caption="What the restore changes (now → after the restore)" />
          ) : (
            <p className="text-muted">No visible field changes.</p>
          )}
          {preview.unconfirmedCitations > 0 && (
            <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
              {preview.unconfirmedCitations} citation{preview.unconfirmedCitations === 1 ? "" : "s"} of this item will
              become unconfirmed: the public page will not show {preview.unconfirmedCitations === 1 ? "it" : "them"} as
              support until someone re-confirms {preview.unconfirmedCitations === 1 ? "it" : "them"}.
            </p>
          )}
          <form action={restoreRevisionAction} className="mt-6 flex gap-3">
            <input type="hidden" name="$revisionId" value={preview.revisionId} />
            <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white">
              Restore
            </button>
            <Link href={`/workspace/prisoners/${slug}/history`} className="rounded border border-line px-4 py-2">
              Cancel
            </Link>
          </form>
        </>
      )}
    </div>
  );
}
