"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { TwoFactorState } from "@/lib/forms/form-state";

type Action = (state: TwoFactorState, form: FormData) => Promise<TwoFactorState>;

export function CodeForm({ action, label, id }: { action: Action; label: string; id: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  if (state.recoveryCodes) {
    return (
      <div role="status" className="rounded border border-emerald-300 bg-emerald-50 p-4 text-sm">
        <p className="font-semibold">
          Two-factor sign-in is on. Keep these recovery codes somewhere safe; each works once, and they are shown only
          now.
        </p>
        <ul className="mt-2 grid grid-cols-2 gap-1 font-mono" data-testid="recovery-codes">
          {state.recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <Link href="/workspace" className="mt-3 inline-block font-medium text-accent">
          Continue to the workspace
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        Code from your authenticator app
      </label>
      <input
        id={id}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? `${id}-error` : undefined}
        className="w-40 rounded border border-line bg-white px-3 py-2"
      />
      {state.error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {state.error}
        </p>
      )}
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-accent px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {label}
        </button>
      </div>
    </form>
  );
}
