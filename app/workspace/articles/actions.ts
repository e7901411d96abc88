"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { createLegalArticle } from "@/lib/legal-articles/mutations";
import { guardedSave, toFormState } from "@/app/workspace/action-result";

export async function createLegalArticleAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const result = await guardedSave(() => createLegalArticle(actor, values));
  if (result.status !== "saved") return toFormState(result, values);
  redirect("/workspace/articles?saved=article");
}
