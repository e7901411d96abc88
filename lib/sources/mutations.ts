import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import type { SaveResult } from "../revisions/save-result";
import { fieldErrors, formSchema, toColumns, type FormValues } from "../forms/fields";
import { refreshPublicSource } from "../publication/projection";
import { findDuplicateSources, type PossibleDuplicate } from "./duplicates";
import { ExtractionError } from "./extract-html";
import { readSavedPage } from "./read-saved-page";
import { tooLargeMessage, UPLOAD_LIMITS } from "../uploads/limits";
import { normaliseUrl, sourceTextHash } from "./fingerprint";
import { SOURCE_FIELDS } from "./schemas";
import { withLF } from "../text/line-breaks";

export type SourceSaveResult = SaveResult | { status: "duplicate"; duplicates: PossibleDuplicate[] };

/**
 * Adds a source to the library. Its text is pasted, or extracted from an uploaded HTML
 * page (the article, without the page's menus). A likely duplicate is flagged first;
 * the caseworker saves anyway only deliberately (`confirmDuplicate`).
 */
export async function createSource(
  actor: Actor,
  values: FormValues,
  options: { page?: Blob | null; confirmDuplicate?: boolean } = {},
): Promise<SourceSaveResult> {
  authorize(actor, "edit:case");
  const input = { ...values };
  if (options.page && options.page.size > 0) {
    // Refused before a byte is read; what is read is parsed in a worker with time and memory caps.
    if (options.page.size > UPLOAD_LIMITS.sourcePage.bytes)
      return { status: "invalid", errors: { html: tooLargeMessage("sourcePage") } };
    try {
      const article = await readSavedPage(await options.page.text(), normaliseUrl(values.url ?? "") ?? undefined);
      input.text = article.text;
      if (!input.title?.trim() && article.title) input.title = article.title;
      if (!input.author?.trim() && article.byline) input.author = article.byline;
      if (!input.publisher?.trim() && article.siteName) input.publisher = article.siteName;
      if (article.language && !input.language?.trim()) input.language = article.language;
    } catch (error) {
      if (error instanceof ExtractionError) return { status: "invalid", errors: { html: error.message } };
      throw error;
    }
  }
  const parsed = formSchema(SOURCE_FIELDS).safeParse(input);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = toColumns(SOURCE_FIELDS, parsed.data) as Record<string, unknown> & {
    title: string;
    text: string | null;
    url: string | null;
    language: string;
  };
  const text = withLF(data.text ?? "").trim();
  if (text.length < 20)
    return {
      status: "invalid",
      errors: { text: "Paste the source's text (at least a sentence), or upload the saved page." },
    };
  if (data.url && !normaliseUrl(String(data.url)))
    return {
      status: "invalid",
      errors: { url: "Enter a full web address starting with https://, or leave it empty." },
    };
  if (!/^[a-z]{2,3}$/.test(data.language.trim()))
    return { status: "invalid", errors: { language: "Enter a language code such as be, ru or en." } };

  if (!options.confirmDuplicate) {
    const duplicates = await findDuplicateSources(db, { url: data.url, text });
    if (duplicates.length) return { status: "duplicate", duplicates };
  }
  const source = await db.$transaction(async (tx) => {
    const created = await tx.source.create({
      data: {
        ...(data as object),
        title: data.title.trim(),
        language: data.language.trim(),
        text,
        textHash: sourceTextHash(text),
        addedById: actor.id,
      } as never,
    });
    await refreshPublicSource(tx, created.id);
    return created;
  });
  await recordAudit(db, {
    action: "source.create",
    actor,
    subjectType: "Source",
    subjectId: source.id,
    details: { title: source.title },
  });
  return { status: "saved", id: source.id, slug: source.id, version: source.version };
}
