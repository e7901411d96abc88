import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";

// A production install must bring its own secret (docker-compose passes NEXTAUTH_SECRET).
// The demo generates one once and keeps it in .data/, so sessions survive restarts.
let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const { NEXTAUTH_SECRET, CASEBOOK_DEMO } = env();
  if (NEXTAUTH_SECRET) return (cached = NEXTAUTH_SECRET);
  if (CASEBOOK_DEMO !== "1")
    throw new Error("NEXTAUTH_SECRET is not set; it is required outside demo mode (e.g. `openssl rand -base64 48`).");
  const file = path.resolve(".data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return (cached = fs.readFileSync(file, "utf8").trim());
}

/** Secure cookies whenever the install is served over https, and in any non-demo production run. */
export function secureCookies(): boolean {
  const { NEXTAUTH_URL, NODE_ENV, CASEBOOK_DEMO } = env();
  if (NEXTAUTH_URL) return NEXTAUTH_URL.startsWith("https://");
  return NODE_ENV === "production" && CASEBOOK_DEMO !== "1";
}

export const sessionCookieName = () => `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
