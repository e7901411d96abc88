"use client";

import { useActionState } from "react";
import type { CreatedKey } from "@/lib/api/key-admin";

const field = "mt-1 w-full rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-red-600";

/** Creates a key and shows it once: only its hash is kept, so it cannot be shown again. */
export function ApiKeyForm({
  action,
  scopes,
}: {
  action: (state: CreatedKey | null, form: FormData) => Promise<CreatedKey>;
  scopes: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.errors : {};
  return (
    <div>
      {state?.ok && (
        <div
          role="status"
          className="mb-4 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950"
        >
          <p className="font-medium">Key for {state.name} created. Copy it now: it will not be shown again.</p>
          <code className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono" data-testid="new-api-key">
            {state.key}
          </code>
        </div>
      )}
      <form action={formAction} className="space-y-3">
        <div>
          <label htmlFor="key-name" className="block text-sm font-medium">
            Partner or purpose
          </label>
          <input
            id="key-name"
            name="name"
            className={field}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? "key-name-error" : undefined}
          />
          {errors.name && (
            <p id="key-name-error" className="mt-1 text-sm text-red-700">
              {errors.name}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="key-scope" className="block text-sm font-medium">
            Scope
          </label>
          <select id="key-scope" name="scope" defaultValue="public" className={field}>
            {Object.entries(scopes).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-accent px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          Create key
        </button>
      </form>
    </div>
  );
}
