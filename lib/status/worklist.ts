import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { authorize } from "../auth/access";
import type { Actor } from "../auth/session-user";
import { STALE_SETTING_KEY, staleAfterMonths, staleAfterMonthsSchema } from "./settings";
import { staleBefore } from "./staleness";

export type StaleCase = {
  slug: string;
  displayName: string;
  published: boolean;
  /** The newest confirming source's date (any visibility), or null when none is dated. */
  confirmedOn: Date | null;
  sourceTitle: string | null;
  heldSince: Date | null;
};

/**
 * Held cases (an open detention) whose custody status no dated source has confirmed for
 * longer than the configured period, oldest confirmation first (never confirmed first of all).
 */
export async function staleStatusCases(actor: Actor) {
  authorize(actor, "read:internal");
  const months = await staleAfterMonths();
  const before = staleBefore(months);
  const rows = await db.$queryRaw<
    {
      slug: string;
      display_name: string;
      published: boolean;
      confirmed_on: Date | null;
      source_title: string | null;
      held_since: Date | null;
    }[]
  >(Prisma.sql`
    SELECT p.slug, p.display_name, p.published, e.confirmed_on, e.source_title, d.arrest_date AS held_since
      FROM person p
      JOIN detention_episode d ON d.person_id = p.id AND NOT d.released AND d.release_date IS NULL
      LEFT JOIN LATERAL casebook_status_evidence(p.id, false) e ON true
     WHERE p.deleted_at IS NULL AND (e.confirmed_on IS NULL OR e.confirmed_on < ${before}::date)
     ORDER BY e.confirmed_on ASC NULLS FIRST, p.sort_name
     LIMIT 500`);
  const cases: StaleCase[] = rows.map((r) => ({
    slug: r.slug,
    displayName: r.display_name,
    published: r.published,
    confirmedOn: r.confirmed_on,
    sourceTitle: r.source_title,
    heldSince: r.held_since,
  }));
  return { months, cases };
}

/** Admins set how long a confirmation stays fresh (also what public pages count "at least" from). */
export async function setStaleAfterMonths(actor: Actor, value: string, ipAddress: string | null) {
  authorize(actor, "manage:users");
  const parsed = staleAfterMonthsSchema.safeParse(value);
  if (!parsed.success) return { status: "invalid" as const, message: "Enter a whole number of months from 1 to 60." };
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: STALE_SETTING_KEY },
      create: { key: STALE_SETTING_KEY, value: parsed.data },
      update: { value: parsed.data },
    });
    await recordAudit(tx, {
      action: "settings.status-stale-after",
      actor,
      ipAddress,
      details: { months: parsed.data },
    });
  });
  return { status: "saved" as const };
}
