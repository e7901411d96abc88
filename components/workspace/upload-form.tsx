"use client";

import { useActionState } from "react";
import type { MessageState as UploadState } from "@/lib/forms/form-state";
import { UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { UploadField } from "./upload-field";

export function UploadForm({ action }: { action: (state: UploadState, form: FormData) => Promise<UploadState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="mt-4 space-y-3">
      <UploadField
        id="import-file"
        name="file"
        kind="importSheet"
        label={`Spreadsheet (CSV or XLSX, up to ${UPLOAD_LIMITS.importSheet.label})`}
        accept=".csv,.xlsx"
        required
        serverError={state.error}
      />
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
