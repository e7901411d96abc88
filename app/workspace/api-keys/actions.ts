"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { createApiKey, revokeApiKey, type CreatedKey } from "@/lib/api/key-admin";
import { guarded } from "../action-result";

export async function createApiKeyAction(_state: CreatedKey | null, form: FormData): Promise<CreatedKey> {
  const actor = await requireUser();
  return guarded(() => createApiKey(actor, { name: String(form.get("name") ?? ""), scope: String(form.get("scope") ?? "") }));
}

export async function revokeApiKeyAction(form: FormData) {
  const actor = await requireUser();
  await guarded(() => revokeApiKey(actor, String(form.get("$id") ?? "")));
  redirect("/workspace/api-keys?saved=revoked-key");
}
