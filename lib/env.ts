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
  /**
   * The install's public origin (https://casebook.example.org): every absolute URL the app
   * writes (canonical, hreflang, Open Graph, sitemap, robots.txt, feeds, API links, exports)
   * starts with it. Defaults to NEXTAUTH_URL, then to http://localhost:PORT.
   */
  CASEBOOK_PUBLIC_URL: z
    .string()
    .url({ message: "CASEBOOK_PUBLIC_URL must be an absolute URL such as https://casebook.example.org" })
    .refine((value) => /^https?:$/.test(new URL(value).protocol), "CASEBOOK_PUBLIC_URL must be http(s)")
    .optional(),
  PORT: z.string().regex(/^\d+$/).default("3000"),
  /** Base URLs of caching proxies to purge on publication changes, comma-separated (nginx's internal purge port). */
  CASEBOOK_PROXY_PURGE_URLS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url())),
  /** Database connections per app instance, and how long a request waits for one (README, "Several instances"). */
  CASEBOOK_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  CASEBOOK_DB_POOL_WAIT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** CSV and XLSX exports rendering at once per instance, each in a thread with a connection of its own. */
  CASEBOOK_EXPORT_THREADS: z.coerce.number().int().min(1).max(16).default(2),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

export function env(): Env {
  parsed ??= schema.parse(process.env);
  return parsed;
}

/** The export threads' limit alone: an export needs no other setting (nor a DATABASE_URL in tests). */
export function exportThreads(): number {
  return schema.shape.CASEBOOK_EXPORT_THREADS.parse(process.env.CASEBOOK_EXPORT_THREADS);
}

/** For the proxy's CSP (React's development build needs eval); no database URL needed. */
export const isDevelopment = () => process.env.NODE_ENV === "development";

// The encryption key's settings, read apart from env() so that scripts and the demo seed
// (which may run before DATABASE_URL is known) can seal and open values.
const vaultSchema = z.object({
  /** The key-encryption keyring itself ("version:base64" entries, comma- or newline-separated). */
  CASEBOOK_KEY: z.string().min(1).optional(),
  /** A file holding the keyring; demo mode generates .data/casebook.key. */
  CASEBOOK_KEY_FILE: z.string().min(1).optional(),
  CASEBOOK_DEMO: z.enum(["0", "1"]).default("0"),
});

export function vaultEnv(): z.infer<typeof vaultSchema> {
  return vaultSchema.parse(process.env);
}

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
    : result.error.issues
        // PORT gets its own sentence below, naming the value given.
        .filter((issue) => issue.path[0] !== "PORT")
        .map((issue) => {
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

// The public address is needed while pages render, `next build` included, where no
// DATABASE_URL is set: parsed on its own.
const siteSchema = schema.pick({ CASEBOOK_PUBLIC_URL: true, NEXTAUTH_URL: true, PORT: true });

/** The install's public origin, without a trailing slash (CASEBOOK_PUBLIC_URL, else NEXTAUTH_URL, else local). */
export function publicOrigin(): string {
  const site = siteSchema.parse(process.env);
  return new URL(site.CASEBOOK_PUBLIC_URL ?? site.NEXTAUTH_URL ?? `http://localhost:${site.PORT}`).origin;
}
