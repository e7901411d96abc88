import type { Metadata } from "next";
import { ConfirmButton } from "@/components/workspace/confirm-button";
import { RecordForm } from "@/components/workspace/record-form";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import type { FieldSpec } from "@/lib/forms/fields";
import { listUsers } from "@/lib/users/queries";
import { changeRoleAction, createUserAction, resetPasswordAction, setActiveAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

const SAVED: Record<string, string> = {
  created: "Account created.",
  role: "Role changed. The person's open sessions have ended.",
  active: "Account updated. The person's open sessions have ended.",
  password: "Password reset. The person's open sessions have ended.",
};

const NEW_USER: FieldSpec[] = [
  { name: "email", label: "E-mail", type: "text", required: true },
  { name: "name", label: "Name", type: "text", required: true },
  { name: "role", label: "Role", type: "select", required: true, options: ROLE_LABEL },
  {
    name: "password",
    label: "Initial password",
    type: "text",
    required: true,
    hint: "At least 12 characters. Give it to the person through a safe channel.",
  },
];
const RESET: FieldSpec[] = [
  { name: "password", label: "New password", type: "text", required: true, hint: "At least 12 characters." },
];

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requirePermission("manage:users");
  const users = await listUsers(actor);
  const saved = (await searchParams).saved;
  return (
    <div>
      {saved && (
        <p
          role="status"
          className="mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {SAVED[saved] ?? "Saved."}
        </p>
      )}
      <h1 className="font-serif text-3xl font-semibold">Users</h1>
      <ul className="mt-6 divide-y divide-line rounded border border-line bg-white">
        {users.map((u) => (
          <li key={u.id} className="p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p>
                <span className="font-medium">{u.name}</span> <span className="text-muted">{u.email}</span>
                {!u.active && (
                  <span className="ml-2 rounded border border-red-300 bg-red-50 px-1.5 text-xs text-red-900">
                    deactivated
                  </span>
                )}
              </p>
              <p className="text-sm text-muted">
                {ROLE_LABEL[u.role]} · last sign-in{" "}
                {u.lastSignInAt ? u.lastSignInAt.toISOString().slice(0, 16).replace("T", " ") : "never"}
              </p>
            </div>
            {u.id !== actor.id && (
              <div className="mt-3 flex flex-wrap items-start gap-3 text-sm">
                <form action={changeRoleAction} className="flex items-center gap-2">
                  <input type="hidden" name="$userId" value={u.id} />
                  <label htmlFor={`role-${u.id}`} className="sr-only">
                    Role of {u.email}
                  </label>
                  <select
                    id={`role-${u.id}`}
                    name="role"
                    defaultValue={u.role}
                    className="rounded border border-line bg-white px-2 py-1"
                  >
                    {Object.entries(ROLE_LABEL).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="rounded border border-accent px-3 py-1 text-accent">
                    Change role
                  </button>
                </form>
                {u.active ? (
                  <ConfirmButton
                    label="Deactivate…"
                    confirmLabel={`Deactivate ${u.email}`}
                    question="The person is signed out at once and cannot sign in until reactivated."
                    action={setActiveAction}
                    hidden={{ $userId: u.id, active: "0" }}
                  />
                ) : (
                  <form action={setActiveAction}>
                    <input type="hidden" name="$userId" value={u.id} />
                    <input type="hidden" name="active" value="1" />
                    <button type="submit" className="rounded border border-accent px-3 py-1 text-accent">
                      Reactivate
                    </button>
                  </form>
                )}
                <details>
                  <summary className="cursor-pointer rounded border border-line px-3 py-1">Reset password…</summary>
                  <div className="mt-2 max-w-sm">
                    <RecordForm
                      fields={RESET}
                      idPrefix={`reset-${u.id}`}
                      initial={{}}
                      hidden={{ $userId: u.id }}
                      action={resetPasswordAction}
                      submitLabel="Reset password"
                    />
                  </div>
                </details>
              </div>
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-user" className="mt-10 max-w-md">
        <h2 id="new-user" className="font-serif text-xl font-semibold">
          New account
        </h2>
        <div className="mt-3">
          <RecordForm
            fields={NEW_USER}
            idPrefix="new-user"
            initial={{ role: "CASEWORKER" }}
            hidden={{}}
            action={createUserAction}
            submitLabel="Create account"
          />
        </div>
      </section>
    </div>
  );
}
