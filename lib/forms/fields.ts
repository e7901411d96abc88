// The form mini-language: what a field looks like in a form, and the zod schema that
// validates it. Imported by client forms (for instant field messages) and by server
// actions and mutations (the real check): one description, so the two cannot drift.
import { z } from "zod";
import { parsePartialDate } from "../dates/partial-date";
import { textOf } from "../text/text-of";

export const VISIBILITY_LABEL = {
  PUBLIC: "Public",
  INTERNAL: "Internal (staff)",
  RESTRICTED: "Restricted (admins, caseworkers)",
} as const;
export type VisibilityValue = keyof typeof VISIBILITY_LABEL;

export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "textarea" | "select" | "date" | "checkbox" | "number" | "decimal" | "visibility" | "ref" | "source";
  required?: boolean;
  options?: Record<string, string>;
  /** For "ref": which of the case's other items (or shared facilities) to choose from. */
  ref?: "prosecution" | "relative" | "facility" | "legalArticle";
  /** A date without a precision column: only a full YYYY-MM-DD is accepted. */
  exactDay?: boolean;
  hint?: string;
  default?: string;
};

const DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD";
const optional = (value: string) => (value.trim() === "" ? null : value.trim());

function fieldSchema(field: FieldSpec) {
  switch (field.type) {
    case "checkbox":
      return z
        .string()
        .optional()
        .transform((v) => v === "on" || v === "true");
    case "number":
      return z
        .string()
        .trim()
        .regex(/^\d{0,6}$/, "Enter a whole number")
        .transform((v) => (v === "" ? null : Number(v)));
    case "decimal":
      return z
        .string()
        .trim()
        .regex(/^(\d{1,12}(\.\d{1,2})?)?$/, "Enter an amount such as 1500 or 1500.50")
        .transform((v) => (v === "" ? null : v));
    case "visibility":
      return z.enum(["PUBLIC", "INTERNAL", "RESTRICTED"], { message: "Choose a visibility" });
    case "select": {
      const values = Object.keys(field.options ?? {});
      const choice = z.string().refine((v) => v === "" || values.includes(v), "Choose one of the options");
      return field.required ? choice.refine((v) => v !== "", "Choose one of the options") : choice.transform(optional);
    }
    case "source": {
      // A source id chosen with the search-as-you-type picker; the mutation checks it exists and may be cited.
      const id = z.string().trim().max(200);
      return field.required ? id.min(1, "Choose a source") : id.transform(optional);
    }
    case "date":
      return z
        .string()
        .max(10)
        .default("")
        .superRefine((v, ctx) => {
          if (v.trim() === "") {
            if (field.required) ctx.addIssue({ code: "custom", message: `Enter a date (${DATE_HINT})` });
            return;
          }
          try {
            if (parsePartialDate(v).precision !== "DAY" && field.exactDay) throw new Error("day needed");
          } catch {
            if (field.exactDay)
              return void ctx.addIssue({ code: "custom", message: "Enter the full date: YYYY-MM-DD" });
            ctx.addIssue({ code: "custom", message: `Not a date: use ${DATE_HINT}` });
          }
        });
    default: {
      const text = z.string().max(field.type === "textarea" ? 20_000 : 500, "Too long");
      return field.required ? text.trim().min(1, `${field.label} is required`) : text.transform(optional);
    }
  }
}

/** Validates form values (all strings, as a form sends them) for these fields. */
export function formSchema(fields: FieldSpec[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    shape[field.name] =
      field.type === "checkbox"
        ? fieldSchema(field)
        : z
            .string()
            .default(field.default ?? "")
            .pipe(fieldSchema(field) as z.ZodType<unknown, string>);
    if (field.type === "date")
      shape[`${field.name}Approximate`] = z
        .string()
        .optional()
        .transform((v) => v === "on");
  }
  return z.object(shape);
}

export type FormValues = Record<string, string>;
export type FieldErrors = Record<string, string>;

/** The first message per field, keyed by field name, for aria-describedby'd messages. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Parsed values → database columns: a partial date becomes date + precision. */
export function toColumns(fields: FieldSpec[], parsed: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = parsed[field.name];
    if (field.type === "date") {
      const text = textOf(value).trim();
      const partial = text === "" ? null : parsePartialDate(text, parsed[`${field.name}Approximate`] === true);
      data[field.name] = partial?.date ?? null;
      if (!field.exactDay) data[`${field.name}Precision`] = partial?.precision ?? null;
    } else {
      data[field.name] = value;
    }
  }
  return data;
}

/** Database row → form values, the inverse of toColumns (for editing and restoring). */
export function toFormValues(fields: FieldSpec[], row: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = row[field.name];
    if (field.type === "date") {
      const precision = row[`${field.name}Precision`];
      const iso = value instanceof Date ? value.toISOString() : typeof value === "string" ? value : "";
      values[field.name] = !iso
        ? ""
        : field.exactDay
          ? iso.slice(0, 10)
          : precision === "YEAR"
            ? iso.slice(0, 4)
            : precision === "MONTH" || precision === "APPROXIMATE"
              ? iso.slice(0, 7)
              : iso.slice(0, 10);
      if (precision === "APPROXIMATE") values[`${field.name}Approximate`] = "on";
    } else if (field.type === "checkbox") {
      if (value === true) values[field.name] = "on";
    } else {
      values[field.name] = textOf(value);
    }
  }
  return values;
}
