import "server-only";
import { db } from "../db";

// Views of public case pages, counted per case and day: a number, nothing about the
// visitor (no address, no cookie, no log line), since knowing who reads whose case can
// endanger readers. Pages are served from cache, so the page itself cannot count; a
// beacon from the browser does (components/public/view-beacon.tsx). Counts order the
// sourcing worklist: unsourced facts on the pages people read most get fixed first.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Counts one view of a published case; anything else (unknown, unpublished) is ignored. */
export async function recordCaseView(slug: string): Promise<boolean> {
  if (!SLUG.test(slug) || slug.length > 200) return false;
  const counted = await db.$executeRaw`
    INSERT INTO case_view_daily (person_id, day, views)
    SELECT person_id, current_date, 1 FROM public_person WHERE slug = ${slug}
    ON CONFLICT (person_id, day) DO UPDATE SET views = case_view_daily.views + 1`;
  return counted > 0;
}

export const VIEW_WINDOW_DAYS = 30;
