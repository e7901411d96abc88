"use server";

import { redirect } from "next/navigation";
import { requestAddress, requireUser } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-state";
import { setStaleAfterMonths } from "@/lib/status/worklist";
import { guarded } from "@/lib/errors/http";

export async function setStaleAfterMonthsAction(form: FormData) {
  const actor = await requireUser();
  const result = await guarded(async () =>
    setStaleAfterMonths(actor, formText(form, "months"), await requestAddress()),
  );
  redirect(result.status === "saved" ? "/workspace/status?saved=setting" : "/workspace/status?error=months");
}
