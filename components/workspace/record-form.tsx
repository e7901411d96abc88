"use client";

import { useActionState, useState } from "react";
import {
  fieldErrors,
  formSchema,
  VISIBILITY_LABEL,
  type FieldErrors,
  type FieldSpec,
  type FormValues,
} from "@/lib/forms/fields";
import type { FormState } from "@/lib/forms/form-state";
import { CitationReview } from "./citation-review";
import { SourcePicker } from "./source-picker";

type Props = {
  fields: FieldSpec[];
  initial: FormValues;
  version?: number;
  /** Hidden inputs naming what is edited; the server re-checks them. */
  hidden: Record<string, string>;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  options?: Partial<Record<NonNullable<FieldSpec["ref"]>, Record<string, string>>>;
  submitLabel: string;
  /** Distinguishes the ids of several forms on one page. */
  idPrefix?: string;
  /** Further inputs inside the form, before the submit button (e.g. a file to upload). */
  children?: React.ReactNode;
};

const input = "mt-1 w-full rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-red-600";

export function RecordForm({
  fields,
  initial,
  version,
  hidden,
  action,
  options = {},
  submitLabel,
  idPrefix = "field",
  children,
}: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const values = state.values ?? initial;
  const errors = { ...(state.errors ?? {}), ...clientErrors };
  // A conflict (or a citation review after one) carries the version to save over.
  const currentVersion =
    state.status === "conflict" || (state.status === "review" && state.version !== undefined) ? state.version : version;

  // The same zod schema as the server: instant messages, no round trip for obvious mistakes.
  function check(event: React.FormEvent<HTMLFormElement>) {
    const data: FormValues = {};
    new FormData(event.currentTarget).forEach((value, key) => {
      if (typeof value === "string") data[key] = value;
    });
    const result = formSchema(fields).safeParse(data);
    if (!result.success) {
      event.preventDefault();
      setClientErrors(fieldErrors(result.error));
    } else setClientErrors({});
  }

  return (
    <form key={state.submission ?? 0} action={formAction} onSubmit={check} noValidate className="space-y-5">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {currentVersion !== undefined && <input type="hidden" name="$version" value={currentVersion} />}

      {state.status === "conflict" && (
        <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-4 text-sm" data-testid="conflict">
          <p className="font-semibold">
            Someone else saved this item while you were editing it. Your changes are not saved yet.
          </p>
          <p className="mt-1">What changed meanwhile{state.changes?.[0]?.by ? ` (by ${state.changes[0].by})` : ""}:</p>
          <ul className="mt-2 list-disc pl-5">
            {(state.changes ?? []).map((c) => (
              <li key={c.field}>
                <span className="font-medium">{c.label}</span>: “{c.before}” → “{c.after}”
              </li>
            ))}
          </ul>
          <p className="mt-2">
            Your input is kept below. Check it against the changes, then save again to replace them with yours.
          </p>
        </div>
      )}
      {(state.status === "error" ||
        (state.status === "review" && state.message) ||
        (state.status === "invalid" && Object.keys(errors).length > 0)) && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {state.message ?? "Nothing was saved. Please correct the fields marked below."}
        </p>
      )}

      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const error = errors[field.name];
        const describedBy =
          [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
        const value = values[field.name] ?? field.default ?? "";
        const common = {
          id,
          name: field.name,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy,
        } as const;
        if (field.type === "checkbox") {
          return (
            <div key={field.name} className="flex items-center gap-2">
              <input {...common} type="checkbox" defaultChecked={values[field.name] === "on"} className="h-4 w-4" />
              <label htmlFor={id} className="text-sm font-medium">
                {field.label}
              </label>
            </div>
          );
        }
        const choices =
          field.type === "visibility"
            ? VISIBILITY_LABEL
            : field.type === "ref"
              ? (options[field.ref!] ?? {})
              : field.options;
        return (
          <div key={field.name}>
            <label htmlFor={id} className="block text-sm font-medium">
              {field.label}
              {field.required && <span className="text-muted"> (required)</span>}
            </label>
            {field.type === "source" ? (
              <SourcePicker
                id={id}
                name={field.name}
                defaultValue={value}
                describedBy={describedBy}
                invalid={Boolean(error)}
              />
            ) : field.type === "textarea" ? (
              <textarea {...common} defaultValue={value} rows={3} className={input} />
            ) : choices ? (
              <select {...common} defaultValue={value} className={input}>
                {!(field.type === "visibility") && <option value="">{field.required ? "Choose…" : "—"}</option>}
                {Object.entries(choices).map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            ) : field.type === "date" ? (
              <div className="flex flex-wrap items-center gap-3">
                <input
                  {...common}
                  defaultValue={value}
                  inputMode="numeric"
                  placeholder="YYYY-MM-DD"
                  className={`${input} max-w-40`}
                />
                {!field.exactDay && (
                  <label className="mt-1 flex items-center gap-1 text-sm text-muted">
                    <input
                      type="checkbox"
                      name={`${field.name}Approximate`}
                      defaultChecked={values[`${field.name}Approximate`] === "on"}
                    />{" "}
                    approximate
                  </label>
                )}
              </div>
            ) : (
              <input
                {...common}
                type={field.name === "password" ? "password" : "text"}
                autoComplete={field.name === "password" ? "new-password" : undefined}
                defaultValue={value}
                className={input}
              />
            )}
            {field.type === "date" && (
              <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
                {field.hint ??
                  (field.exactDay
                    ? "Full date: 2024-07-15."
                    : "Year, year-month or full date: 2024, 2024-07, 2024-07-15.")}
              </p>
            )}
            {field.type !== "date" && field.hint && (
              <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
                {field.hint}
              </p>
            )}
            {error && (
              <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <CitationReview state={state} idPrefix={idPrefix} />
      {children}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Saving…" : state.status === "conflict" ? "Save my version anyway" : submitLabel}
      </button>
    </form>
  );
}
