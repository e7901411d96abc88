import { z } from "zod";

// The only reader of process.env for the app. Parsed on first use, not at import,
// so that `next build` does not need a database.
const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  /** Demo mode seeds the demo cases and sign-in accounts; the launcher sets it for the embedded database. */
  CASEBOOK_DEMO: z.enum(["0", "1"]).default("0"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Signs session tokens. Required outside demo mode; demo mode keeps a generated one in .data/. */
  NEXTAUTH_SECRET: z.string().min(32, { message: "NEXTAUTH_SECRET must be at least 32 characters" }).optional(),
  /** The public https:// address of the install; https here makes session cookies Secure. */
  NEXTAUTH_URL: z.string().url().optional(),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

export function env(): Env {
  parsed ??= schema.parse(process.env);
  return parsed;
}

/** For the proxy's CSP (React's development build needs eval); no database URL needed. */
export const isDevelopment = () => process.env.NODE_ENV === "development";

/**
 * Problems with the settings, each naming its setting, found before anything starts (the
 * launcher refuses to start on any): a missing secret once surfaced only as a 500 on the
 * first page, after the server had said "Ready". `demo`: the embedded database or CASEBOOK_DEMO=1.
 */
export function settingProblems(given: Record<string, string | undefined>, demo: boolean): string[] {
  // An empty variable (`NEXTAUTH_SECRET=`) counts as unset.
  const vars = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== ""));
  // The launcher supplies DATABASE_URL for the embedded database; only a given one is checked.
  const result = schema.safeParse({ ...vars, DATABASE_URL: vars.DATABASE_URL || "postgresql://embedded/casebook" });
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
      });
  if (!demo && !vars.NEXTAUTH_SECRET)
    problems.push(
      "NEXTAUTH_SECRET is not set; it is required outside demo mode (at least 32 characters, e.g. `openssl rand -base64 48`).",
    );
  if (vars.PORT && !/^\d{1,5}$/.test(vars.PORT)) problems.push(`PORT must be a port number, not "${vars.PORT}".`);
  return problems;
}
