import type { Metadata } from "next";
import { SavedNotice } from "@/components/workspace/badges";
import { RecordForm } from "@/components/workspace/record-form";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listLegalArticles } from "@/lib/legal-articles/queries";
import { LEGAL_ARTICLE_FIELDS } from "@/lib/legal-articles/schemas";
import { createLegalArticleAction } from "./actions";

export const metadata: Metadata = { title: "Legal articles" };

export default async function LegalArticlesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requirePermission("read:internal");
  const { saved } = await searchParams;
  const articles = await listLegalArticles(actor);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section>
        <SavedNotice saved={saved} />
        <h1 className="font-serif text-3xl font-semibold">Legal articles</h1>
        <p className="mt-2 text-muted">
          Criminal-code articles that charges are brought under. Each is listed once and shared by every charge.
        </p>
        {articles.length === 0 ? (
          <p className="mt-8 rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">
            No articles yet.
          </p>
        ) : (
          <table className="mt-6 w-full border-collapse rounded-lg bg-white text-sm">
            <thead>
              <tr className="border-b border-line text-left">
                <th className="px-3 py-2">Article</th>
                <th className="px-3 py-2">Title</th>
                <th className="px-3 py-2 text-right">Charges</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((a) => (
                <tr key={a.id} className="border-b border-line">
                  <td className="whitespace-nowrap px-3 py-2">
                    {a.jurisdiction} · {a.code} · Art. {a.article}
                    {a.part && `(${a.part})`}
                  </td>
                  <td className="px-3 py-2">{a.title}</td>
                  <td className="px-3 py-2 text-right">{a.charges}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {can(actor.role, "edit:case") && (
        <section aria-labelledby="new-article" className="rounded-lg border border-line bg-white p-5 lg:self-start">
          <h2 id="new-article" className="font-serif text-xl font-semibold">
            Add an article
          </h2>
          <RecordForm
            fields={LEGAL_ARTICLE_FIELDS}
            initial={{ jurisdiction: "BY", code: "Criminal Code" }}
            hidden={{}}
            action={createLegalArticleAction}
            submitLabel="Add article"
            idPrefix="article"
          />
        </section>
      )}
    </div>
  );
}
