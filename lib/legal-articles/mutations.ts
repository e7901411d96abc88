import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import type { SaveResult } from "../revisions/save-result";
import { fieldErrors, formSchema, toColumns, type FormValues } from "../forms/fields";
import { LEGAL_ARTICLE_FIELDS } from "./schemas";

/** Adds an article so that charges can be brought under it. One per jurisdiction, code, article and part. */
export async function createLegalArticle(actor: Actor, values: FormValues): Promise<SaveResult> {
  authorize(actor, "edit:case");
  const parsed = formSchema(LEGAL_ARTICLE_FIELDS).safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = toColumns(LEGAL_ARTICLE_FIELDS, parsed.data) as {
    jurisdiction: string;
    code: string;
    article: string;
    part: string | null;
    title: string;
  };
  const jurisdiction = data.jurisdiction.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(jurisdiction))
    return { status: "invalid", errors: { jurisdiction: "Enter a two-letter country code such as BY." } };
  if (!/^\d{1,4}(-\d{1,2})?$/.test(data.article.trim()))
    return { status: "invalid", errors: { article: "Enter the article number, e.g. 342 or 361-1." } };
  const key = { jurisdiction, code: data.code.trim(), article: data.article.trim(), part: (data.part ?? "").trim() };
  const existing = await db.legalArticle.findUnique({
    where: { jurisdiction_code_article_part: key },
    select: { id: true },
  });
  if (existing) return { status: "invalid", errors: { article: "This article (and part) is already listed." } };
  const created = await db.legalArticle.create({ data: { ...key, title: data.title.trim() } });
  await recordAudit(db, { action: "legal-article.create", actor, subjectType: "LegalArticle", subjectId: created.id });
  return { status: "saved", id: created.id, slug: created.id, version: 1 };
}
