"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-state";
import { createApiKey, revokeApiKey, type CreatedKey } from "@/lib/api/key-admin";
import { guarded } from "@/lib/errors/http";

export async function createApiKeyAction(_state: CreatedKey | null, form: FormData): Promise<CreatedKey> {
  const actor = await requireUser();
  return guarded(() => createApiKey(actor, { name: formText(form, "name"), scope: formText(form, "scope") }));
}

export async function revokeApiKeyAction(form: FormData) {
  const actor = await requireUser();
  await guarded(() => revokeApiKey(actor, formText(form, "$id")));
  redirect("/workspace/api-keys?saved=revoked-key");
}
