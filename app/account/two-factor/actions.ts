"use server";

import { redirect } from "next/navigation";
import { currentActor, requestAddress, signOutEverywhere } from "@/lib/auth/session";
import { beginTwoFactor, confirmTwoFactor, disableTwoFactor } from "@/lib/auth/two-factor";
import { formText, type TwoFactorState } from "@/lib/forms/form-state";

// currentActor(), not requireUser(): this page is where requireUser() sends admins who
// still have to set up two-factor sign-in.
async function actor() {
  const found = await currentActor();
  if (!found) redirect("/login");
  return found;
}

export async function beginAction() {
  await beginTwoFactor(await actor());
  redirect("/account/two-factor");
}

export async function confirmAction(_state: TwoFactorState, form: FormData): Promise<TwoFactorState> {
  const result = await confirmTwoFactor(await actor(), formText(form, "code"), await requestAddress());
  return result.ok ? { recoveryCodes: result.recoveryCodes } : { error: result.error };
}

export async function disableAction(_state: TwoFactorState, form: FormData): Promise<TwoFactorState> {
  const ok = await disableTwoFactor(await actor(), formText(form, "code"), await requestAddress());
  if (!ok) return { error: "That code is not right." };
  // Turning it off ends every session, this one included.
  await signOutEverywhere();
  redirect("/login");
}
