"use server";

// Thin endpoints: each re-authenticates, then lib/campaigns checks the role, looks the
// target up on the server and validates.
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formText, formValues, type FormState } from "@/lib/forms/form-state";
import {
  addCampaignCase,
  createCampaign,
  moveCampaignCase,
  recordTally,
  removeCampaignCase,
  setCampaignPublished,
  updateCampaign,
  updateCampaignCase,
} from "@/lib/campaigns/mutations";
import { guarded } from "@/lib/errors/http";
import { guardedSave, toFormState, versionOf } from "@/app/workspace/action-result";

const text = formText;

export async function createCampaignAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const result = await guardedSave(() => createCampaign(actor, values));
  if (result.status !== "saved") return toFormState(result, values);
  redirect(`/workspace/campaigns/${result.slug}`);
}

export async function updateCampaignAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const result = await guardedSave(() => updateCampaign(actor, text(form, "$id"), versionOf(form), values));
  if (result.status !== "saved") return toFormState(result, values);
  redirect(`/workspace/campaigns/${result.slug}?saved=campaign`);
}

export async function publishCampaignAction(form: FormData) {
  const actor = await requireUser();
  const slug = await guarded(() => setCampaignPublished(actor, text(form, "$id"), text(form, "published") === "true"));
  redirect(`/workspace/campaigns/${slug}?saved=publication`);
}

export async function addCaseAction(form: FormData) {
  const actor = await requireUser();
  const slug = await guarded(() => addCampaignCase(actor, text(form, "$campaignId"), text(form, "$personId")));
  redirect(`/workspace/campaigns/${slug}?saved=added#cases`);
}

export async function moveCaseAction(form: FormData) {
  const actor = await requireUser();
  const slug = await guarded(() =>
    moveCampaignCase(actor, text(form, "$caseId"), text(form, "direction") === "up" ? "up" : "down"),
  );
  redirect(`/workspace/campaigns/${slug}#cases`);
}

export async function removeCaseAction(form: FormData) {
  const actor = await requireUser();
  const slug = await guarded(() => removeCampaignCase(actor, text(form, "$caseId")));
  redirect(`/workspace/campaigns/${slug}?saved=removed#cases`);
}

export async function updateCaseAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const result = await guardedSave(() => updateCampaignCase(actor, text(form, "$caseId"), versionOf(form), values));
  if (result.status !== "saved") return toFormState(result, values);
  redirect(`/workspace/campaigns/${result.slug}?saved=letter#cases`);
}

export async function recordTallyAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const caseId = text(form, "$caseId");
  const result = await guardedSave(() => recordTally(actor, caseId, values));
  if (result.status !== "saved") return toFormState(result, values);
  redirect(`/workspace/campaigns/${result.slug}/cases/${caseId}?saved=tally`);
}
