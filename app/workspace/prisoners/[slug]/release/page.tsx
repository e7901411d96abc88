import type { Metadata } from "next";
import Link from "next/link";
import { RecordForm } from "@/components/workspace/record-form";
import { requirePermission } from "@/lib/auth/session";
import { RELEASE_FIELDS } from "@/lib/cases/release";
import { releaseFormFor } from "@/lib/cases/release-queries";
import { guarded } from "@/lib/errors/http";
import { recordReleaseAction } from "./actions";

export const metadata: Metadata = { title: "Record a release" };

export default async function ReleasePage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requirePermission("edit:case");
  const { slug } = await params;
  const { person, open, sourceOptions } = await guarded(() => releaseFormFor(actor, slug));
  const fields = RELEASE_FIELDS.map((f) =>
    f.name === "sourceId" ? { ...f, type: "select" as const, options: sourceOptions } : f,
  );
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/workspace/prisoners/${slug}`} className="text-accent hover:underline">
          ← {person.displayName}
        </Link>
      </p>
      <h1 className="mb-2 mt-2 font-serif text-3xl font-semibold">Record a release</h1>
      {!open ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-4">
          {person.displayName} has no open detention, so there is nothing to release. Add the detention first, or edit
          the past one.
        </p>
      ) : (
        <>
          <p className="mb-6 text-muted">
            One step: the open detention is closed with this date and type, the current placement and any ongoing
            conditions end on it, the status follows, the timeline gets a release event, and the passage below is cited
            for all of it. Earlier quotes that said the person was still held stop supporting the detention.
          </p>
          <RecordForm
            fields={fields}
            initial={{ bio: person.bio ?? "" }}
            hidden={{ $personId: person.id }}
            action={recordReleaseAction}
            submitLabel="Record the release"
            idPrefix="release"
          />
        </>
      )}
    </div>
  );
}
