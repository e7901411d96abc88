import type { Metadata } from "next";
import Link from "next/link";
import { RecordForm } from "@/components/workspace/record-form";
import { requirePermission } from "@/lib/auth/session";
import { CORRECTION_FIELDS } from "@/lib/sources/corrections";
import { getSourceForReading } from "@/lib/sources/queries";
import { guarded } from "@/lib/errors/http";
import { correctSourceAction } from "../../actions";

export const metadata: Metadata = { title: "Correct a source" };

export default async function CorrectSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("edit:case");
  const { id } = await params;
  const { source } = await guarded(() => getSourceForReading(actor, id));
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/workspace/sources/${source.id}`} className="text-accent hover:underline">
          ← {source.title}
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">Correct the text</h1>
      <p className="mt-2 text-sm text-muted">
        Saving adds version {source.version + 1}; version {source.version} is kept unchanged, because citations quote
        it. Each citation whose passage is still in the corrected text moves to the new version; the others stay on
        version {source.version} for you to review.
        {source.citations.length > 0 &&
          ` ${source.citations.length} ${source.citations.length === 1 ? "citation quotes" : "citations quote"} this version.`}
      </p>
      {source.nextVersion ? (
        <p role="alert" className="mt-6 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm">
          This version was already corrected.{" "}
          <Link
            href={`/workspace/sources/${source.nextVersion.id}/correct`}
            className="font-medium text-accent underline"
          >
            Correct version {source.nextVersion.version}
          </Link>{" "}
          instead.
        </p>
      ) : (
        <div className="mt-6">
          <RecordForm
            fields={CORRECTION_FIELDS}
            initial={{ text: source.text }}
            hidden={{ $sourceId: source.id }}
            action={correctSourceAction}
            submitLabel={`Save as version ${source.version + 1}`}
          />
        </div>
      )}
    </div>
  );
}
