import type { Metadata } from "next";
import Link from "next/link";
import { VisibilityBadge } from "@/components/workspace/badges";
import { PassageSelector } from "@/components/workspace/passage-selector";
import { can } from "@/lib/auth/permissions";
import { factHref } from "@/lib/cases/display";
import { kindOfSubject } from "@/lib/records/kinds";
import { requirePermission } from "@/lib/auth/session";
import { formatPartialDate, type DatePrecision } from "@/lib/dates/partial-date";
import { getSourceForReading } from "@/lib/sources/queries";
import { guarded } from "@/lib/errors/http";

export const metadata: Metadata = { title: "Source" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; moved?: string; left?: string }>;
};

export default async function SourceReadingPage({ params, searchParams }: Props) {
  const actor = await requirePermission("read:internal");
  const { id } = await params;
  const { saved, moved, left } = await searchParams;
  const editable = can(actor.role, "edit:case");
  const { source, mentions, people } = await guarded(() => getSourceForReading(actor, id));
  const slugOf = new Map(people.map((p) => [p.personId, p.slug]));
  const ordered = [...mentions]
    .sort((a, b) => a.start - b.start)
    .filter((m, i, all) => m.start >= (all[i - 1]?.end ?? 0));
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of ordered) {
    parts.push(source.text.slice(at, m.start));
    parts.push(
      <Link
        key={m.start}
        href={`/workspace/prisoners/${slugOf.get(m.personId)}`}
        className="rounded-sm bg-accent-soft px-0.5 text-accent underline decoration-dotted"
        data-testid="mention"
      >
        {m.text}
      </Link>,
    );
    at = m.end;
  }
  parts.push(source.text.slice(at));

  return (
    <article className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <p className="text-sm">
          <Link href="/workspace/sources" className="text-accent hover:underline">
            ← Sources
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-semibold">{source.title}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-muted">
          {[
            source.publisher,
            source.author,
            source.publishedDate &&
              formatPartialDate(source.publishedDate, source.publishedDatePrecision as DatePrecision),
            `reliability ${source.reliability.toLowerCase()}`,
          ]
            .filter(Boolean)
            .join(" · ")}
          <VisibilityBadge visibility={source.visibility} />
        </p>
        {source.url && (
          <p className="mt-1 text-sm">
            Original:{" "}
            <a href={source.url} rel="noopener noreferrer nofollow" className="break-all text-accent underline">
              {source.url}
            </a>
          </p>
        )}
        {saved === "corrected" && (
          <p
            role="status"
            className="mt-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          >
            Corrected text saved as version {source.version}. {Number(moved) || 0}{" "}
            {Number(moved) === 1 ? "citation" : "citations"} moved to it
            {Number(left) > 0
              ? `; ${left} whose passage is not in the correction still quote version ${source.version - 1}.`
              : "."}
          </p>
        )}
        {source.nextVersion && !source.nextVersion.deletedAt && (
          <p className="mt-4 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm">
            This text was corrected:{" "}
            <Link href={`/workspace/sources/${source.nextVersion.id}`} className="font-medium text-accent underline">
              read version {source.nextVersion.version}
            </Link>
            . Citations whose passage is gone from the correction still quote this version.
          </p>
        )}
        {source.previousVersion && (
          <p className="mt-4 text-sm text-muted">
            Version {source.version}, correcting{" "}
            <Link href={`/workspace/sources/${source.previousVersion.id}`} className="text-accent underline">
              version {source.previousVersion.version}
            </Link>
            .
          </p>
        )}
        {editable && (
          <p className="mt-4 text-sm text-muted">
            Select a passage to cite it, or{" "}
            <Link href={`/workspace/sources/${source.id}/cite`} className="text-accent underline">
              paste a passage to cite
            </Link>
            {!source.nextVersion && (
              <>
                {" "}
                ·{" "}
                <Link href={`/workspace/sources/${source.id}/correct`} className="text-accent underline">
                  correct the text
                </Link>
              </>
            )}
            .
          </p>
        )}
        {editable ? (
          <PassageSelector sourceId={source.id} textLength={source.text.length} lang={source.language}>
            {parts}
          </PassageSelector>
        ) : (
          <div className="mt-6 whitespace-pre-line font-serif text-lg leading-relaxed" lang={source.language}>
            {parts}
          </div>
        )}
      </div>
      <aside aria-labelledby="people-heading" className="lg:sticky lg:top-6 lg:self-start">
        <h2 id="people-heading" className="font-serif text-lg font-semibold">
          People mentioned
        </h2>
        {people.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No one with a record in Casebook is named here.</p>
        ) : (
          <ul className="mt-3 space-y-2 text-sm">
            {people.map((p) => (
              <li key={p.personId}>
                <Link href={`/workspace/prisoners/${p.slug}`} className="font-medium text-accent hover:underline">
                  {p.displayName}
                </Link>
                <span className="text-muted">
                  {" "}
                  · {p.mentions} {p.mentions === 1 ? "mention" : "mentions"}
                </span>
              </li>
            ))}
          </ul>
        )}
        {source.nextVersion && source.citations.length > 0 && (
          <section aria-labelledby="left-heading" className="mt-6 rounded border border-amber-400 bg-amber-50 p-3">
            <h2 id="left-heading" className="text-sm font-semibold">
              Citations to review
            </h2>
            <p className="mt-1 text-sm">
              Their passage is not in the corrected text. Cite the corrected version instead, or keep them if this
              wording was right.
            </p>
            <ul className="mt-2 space-y-2 text-sm">
              {source.citations.map((c) => (
                <li key={c.id}>
                  <Link
                    href={factHref(c.person.slug, kindOfSubject(c.subjectType), c.subjectId)}
                    className="font-medium text-accent hover:underline"
                  >
                    {c.person.displayName}
                  </Link>
                  : <q className="italic">{c.quote.length > 100 ? `${c.quote.slice(0, 97)}…` : c.quote}</q>
                </li>
              ))}
            </ul>
          </section>
        )}
        <p className="mt-6 text-sm text-muted">
          {source.citations.length} {source.citations.length === 1 ? "citation quotes" : "citations quote"} this source.
        </p>
      </aside>
    </article>
  );
}
