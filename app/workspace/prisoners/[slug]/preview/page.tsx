import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaseBody } from "@/components/public/case/case-body";
import { caseView } from "@/components/public/case/case-view";
import { NotFound } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { previewPublicPage } from "@/lib/publication/preview";
import { staleAfterMonths } from "@/lib/status/settings";
import { publishAction } from "../actions";

export const metadata: Metadata = { title: "Public page preview" };

// The public page as visitors will see it, before publishing and at any time after:
// every public fact that no public source supports is marked, and publishing with such
// facts needs an explicit confirmation of their number.
export default async function PreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ confirm?: string }>;
}) {
  const actor = await requirePermission("read:internal");
  const { slug } = await params;
  const [preview, months] = await Promise.all([
    previewPublicPage(actor, slug).catch((error) => {
      if (error instanceof NotFound) notFound();
      throw error;
    }),
    staleAfterMonths(),
  ]);
  const { person, record, unsourced } = preview;
  const view = caseView("en", record, preview.held, { staleAfterMonths: months, preview: true });
  const mayPublish = can(actor.role, "publish:case") && !person.published;
  const askedAgain = (await searchParams).confirm === "needed";
  return (
    <div>
      <p className="text-sm">
        <Link href={`/workspace/prisoners/${slug}`} className="text-accent hover:underline">
          ← {person.displayName}
        </Link>
      </p>
      <h1 className="mb-2 mt-2 font-serif text-3xl font-semibold">Public page preview</h1>
      <section
        aria-labelledby="unsourced-heading"
        className={`mb-6 rounded border p-4 ${unsourced.length ? "border-amber-400 bg-amber-50" : "border-line bg-white"}`}
        data-testid="preview-summary"
      >
        <h2 id="unsourced-heading" className="font-semibold">
          {unsourced.length === 0
            ? "Every public fact on this page has a public source."
            : `${unsourced.length} public ${unsourced.length === 1 ? "fact has" : "facts have"} no public source`}
        </h2>
        {unsourced.length > 0 && (
          <>
            <p className="mt-1 text-sm">
              They are marked “not yet sourced” below, and visitors will see that mark. Cite a public source for them,
              or publish knowing they are unsourced.
            </p>
            <ul className="mt-2 list-disc pl-5 text-sm">
              {unsourced.map((f) => (
                <li key={`${f.subjectType}:${f.id}:${f.field ?? ""}`}>{f.label}</li>
              ))}
            </ul>
          </>
        )}
        {mayPublish && (
          <form action={publishAction} className="mt-4 space-y-3">
            <input type="hidden" name="$personId" value={person.id} />
            <input type="hidden" name="$slug" value={person.slug} />
            <input type="hidden" name="publish" value="1" />
            <input type="hidden" name="$unsourced" value={unsourced.length} />
            {askedAgain && (
              <p role="alert" className="text-sm font-medium text-red-900">
                Nothing was published. Tick the box to confirm publishing with unsourced facts.
              </p>
            )}
            {unsourced.length > 0 && (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="$confirmUnsourced" />
                Publish with {unsourced.length} {unsourced.length === 1 ? "fact" : "facts"} not yet sourced (recorded in
                the audit log)
              </label>
            )}
            <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white">
              Publish this case
            </button>
          </form>
        )}
      </section>
      <article className="rounded border border-line bg-white p-6" aria-label="Preview of the public page">
        <CaseBody view={view} name={person.displayName} status={preview.status} lastUpdatedAt={null} />
      </article>
    </div>
  );
}
