// Signing in without the sign-in form, for browser tests that are about something else
// (after epic-stack's login fixture). The session is made directly: the account's id and
// session version are read from the e2e server's own database, and the next-auth session
// cookie is minted with the server's secret, which demo mode keeps in .data/nextauth-secret.
// The server checks such a cookie exactly as one from the form (lib/auth/session-user.ts).
// Tests about signing in itself (the form, throttling, two-factor, sign-out) use signIn()
// from ./sign-in instead.
import fs from "node:fs";
import path from "node:path";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import pg from "pg";

export type DemoRole = "admin" | "caseworker" | "campaigner";

const SECRET_FILE = path.resolve(".data", "nextauth-secret");
// The e2e server's embedded PostgreSQL (playwright.config.ts; credentials from lib/db/embedded-postgres.ts).
const E2E_DATABASE_URL = `postgresql://postgres:casebook-local@127.0.0.1:${Number(process.env.E2E_PG_PORT ?? 54330)}/casebook`;
// Demo mode is served over http, so the cookie has no __Secure- prefix (lib/auth/secret.ts).
const COOKIE = "next-auth.session-token";
const SESSION_SECONDS = 8 * 60 * 60;

async function serverSecret(page: Page): Promise<string> {
  // The server writes its secret on first use; asking for the session makes sure it has.
  if (!fs.existsSync(SECRET_FILE)) expect((await page.request.get("/api/auth/session")).ok()).toBe(true);
  return fs.readFileSync(SECRET_FILE, "utf8").trim();
}

async function account(role: DemoRole) {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; email: string; name: string; session_version: number }>(
      "SELECT id, email, name, session_version FROM app_user WHERE email = $1",
      [`${role}@casebook.test`],
    );
    const [user] = rows;
    if (!user) throw new Error(`No demo account for ${role}: is the e2e server running on the demo data?`);
    return user;
  } finally {
    await client.end();
  }
}

/** Gives the page's browser context a live session of the demo account with this role. */
export async function signInAs(page: Page, role: DemoRole, context: BrowserContext = page.context()) {
  const [secret, user] = await Promise.all([serverSecret(page), account(role)]);
  const value = await encode({
    secret,
    maxAge: SESSION_SECONDS,
    token: { sub: user.id, name: user.name, email: user.email, uid: user.id, sv: user.session_version },
  });
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error("signInAs needs the project's baseURL");
  await context.addCookies([{ name: COOKIE, value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

/** The same as a fixture: `test("…", async ({ page, signedInAs }) => { await signedInAs("caseworker"); … })`. */
export const test = base.extend<{ signedInAs: (role: DemoRole) => Promise<void> }>({
  signedInAs: async ({ page }, use) => {
    await use((role) => signInAs(page, role));
  },
});

export { expect };
