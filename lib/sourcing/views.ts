import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { db } from "../db";
import { takeRequest } from "../api/rate-limit";

// Views of public case pages, counted per case and day: a number, nothing about the
// visitor (no address, no cookie, no log line), since knowing who reads whose case can
// endanger readers. Pages are served from cache, so the page itself cannot count; a
// beacon from the browser does (components/public/view-beacon.tsx). Counts order the
// sourcing worklist: unsourced facts on the pages people read most get fixed first.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How often one client's views count, so that nobody can inflate a case's count by looping. */
export const VIEW_LIMITS = { perCasePerHour: 1, perClientPerHour: 60 } as const;

// Clients are told apart by a keyed hash of their address, never the address: the key is
// random, held in memory only and replaced every day, so yesterday's hashes cannot be
// linked to an address by anyone, the database's owner included.
let salt = { day: "", key: Buffer.alloc(0) };
function clientToken(parts: string[]): string {
  const day = new Date().toISOString().slice(0, 10);
  if (salt.day !== day) salt = { day, key: randomBytes(32) };
  return createHmac("sha256", salt.key).update(parts.join("\u0000")).digest("base64url").slice(0, 32);
}

/** Counts one view of a published case; anything else (unknown, unpublished, over the client's limits) is ignored. */
export async function recordCaseView(slug: string, client: string | null): Promise<boolean> {
  if (!SLUG.test(slug) || slug.length > 200) return false;
  const who = client ?? "unknown";
  const perCase = await takeRequest(db, `view:${clientToken([who, slug])}`, VIEW_LIMITS.perCasePerHour, 3600);
  const perClient = await takeRequest(db, `views:${clientToken([who])}`, VIEW_LIMITS.perClientPerHour, 3600);
  if (!perCase.allowed || !perClient.allowed) return false;
  const counted = await db.$executeRaw`
    INSERT INTO case_view_daily (person_id, day, views)
    SELECT person_id, current_date, 1 FROM public_person WHERE slug = ${slug}
    ON CONFLICT (person_id, day) DO UPDATE SET views = case_view_daily.views + 1`;
  return counted > 0;
}

export const VIEW_WINDOW_DAYS = 30;
