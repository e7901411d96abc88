"use server";

import { redirect } from "next/navigation";
import { requestAddress, requireUser } from "@/lib/auth/session";
import { recordRelease } from "@/lib/cases/release";
import { formText, formValues, type FormState } from "@/lib/forms/form-state";
import { revalidatePublicPerson } from "@/lib/public/case-cache";
import { guarded } from "@/lib/errors/http";
import { toFormState } from "@/app/workspace/action-result";

export async function recordReleaseAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const ipAddress = await requestAddress();
  const result = await guarded(() =>
    recordRelease(actor, { personId: formText(form, "$personId"), values, ipAddress }),
  );
  if (result.status !== "saved") return toFormState(result, values);
  await revalidatePublicPerson(result.slug);
  redirect(`/workspace/prisoners/${result.slug}?saved=released`);
}
