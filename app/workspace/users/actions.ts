"use server";

import { redirect } from "next/navigation";
import { requestAddress, requireUser } from "@/lib/auth/session";
import { formText, formValues, type FormState } from "@/lib/forms/form-state";
import { changeRole, createUser, resetPassword, setActive } from "@/lib/users/mutations";
import { guarded } from "@/lib/errors/http";

export async function createUserAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const result = await guarded(async () => createUser(actor, values, await requestAddress()));
  if (result.status === "invalid")
    return { status: "invalid", errors: result.errors, values: { ...values, password: "" }, submission: Date.now() };
  redirect("/workspace/users?saved=created");
}

export async function changeRoleAction(form: FormData) {
  const actor = await requireUser();
  await guarded(async () =>
    changeRole(actor, formText(form, "$userId"), formText(form, "role"), await requestAddress()),
  );
  redirect("/workspace/users?saved=role");
}

export async function setActiveAction(form: FormData) {
  const actor = await requireUser();
  await guarded(async () =>
    setActive(actor, formText(form, "$userId"), formText(form, "active") === "1", await requestAddress()),
  );
  redirect("/workspace/users?saved=active");
}

export async function resetPasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const result = await guarded(async () =>
    resetPassword(actor, formText(form, "$userId"), formText(form, "password"), await requestAddress()),
  );
  if (result.status === "invalid") return { status: "invalid", errors: result.errors, submission: Date.now() };
  redirect("/workspace/users?saved=password");
}
