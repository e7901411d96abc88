"use client";

import { useActionState } from "react";
import type { MessageState as UploadState } from "@/lib/forms/form-state";

export function UploadForm({ action }: { action: (state: UploadState, form: FormData) => Promise<UploadState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="mt-4 space-y-3">
      <div>
        <label htmlFor="import-file" className="block font-medium">
          Spreadsheet (CSV or XLSX, up to 20 MB)
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,.xlsx"
          required
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "import-error" : undefined}
          className="mt-1 block w-full rounded border border-line bg-white px-3 py-2"
        />
        {state.error && (
          <p id="import-error" className="mt-1 text-sm text-red-700">
            {state.error}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Reading…" : "Check the file"}
      </button>
      <p className="text-sm text-muted">Nothing is saved until you have seen the dry run and confirmed it.</p>
    </form>
  );
}
