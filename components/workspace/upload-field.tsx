"use client";

import { useState } from "react";
import { tooLargeMessage, UPLOAD_LIMITS, type UploadKind } from "@/lib/uploads/limits";

type Props = {
  id: string;
  name: string;
  kind: UploadKind;
  label: string;
  accept: string;
  required?: boolean;
  hint?: string;
  /** The server's refusal of the last upload, shown under the field. */
  serverError?: string;
};

/**
 * A file input that refuses a file over its kind's limit at once, in the browser: the file
 * is not sent, and the message names the limit. The server checks again (lib/uploads/limits.ts).
 */
export function UploadField({ id, name, kind, label, accept, required, hint, serverError }: Props) {
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? tooLargeMessage(kind) : serverError;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        required={required}
        data-max-bytes={UPLOAD_LIMITS[kind].bytes}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          const over = file !== undefined && file.size > UPLOAD_LIMITS[kind].bytes;
          if (over) event.currentTarget.value = "";
          setTooLarge(over);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="mt-1 block w-full rounded border border-line bg-white px-3 py-2"
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
