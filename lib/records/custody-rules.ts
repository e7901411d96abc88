// The custody invariants live in PostgreSQL (migration 20261201130000_record_integrity):
// one open detention and one current placement per person (exclusion constraints), and
// no placement outside a detention (a deferred constraint trigger). This module turns the
// database's refusal into a sentence that names the current item in the way.
import "server-only";
import { db } from "../db";
import type { Tx } from "../db/client";
import { formatPartialDate, type DatePrecision } from "../dates/partial-date";

export type CustodyRule = "one-open-detention" | "one-current-placement" | "placement-within-detention";

// The constraint's name, or (for the trigger, whose error carries no name through the driver) its message.
const RULES: [string, CustodyRule][] = [
  ["detention_one_open_per_person", "one-open-detention"],
  ["placement_one_current_per_person", "one-current-placement"],
  ["placement_within_detention", "placement-within-detention"],
  ["needs an open detention of the same person", "placement-within-detention"],
  ["lies outside every detention of the same person", "placement-within-detention"],
];

/** Which invariant a database error is, if it is one. */
export function custodyRuleOf(error: unknown): CustodyRule | null {
  const text = `${String(error)} ${JSON.stringify((error as { meta?: unknown })?.meta ?? null)}`;
  return RULES.find(([name]) => text.includes(name))?.[1] ?? null;
}

/** The database's own sentence for a placement outside every detention (it names the facility). */
function triggerMessage(error: unknown): string | null {
  const match =
    /(The (?:current )?placement at .+? (?:needs an open detention|lies outside every detention)[^"`\n]*)/.exec(
      String(error),
    );
  return match?.[1]?.replace(/\\"/g, '"') ?? null;
}

const when = (date: Date | null, precision: DatePrecision | null) =>
  date ? formatPartialDate(date.toISOString().slice(0, 10), precision ?? "DAY") : "an unknown date";

/** A refusal a caseworker can act on: which rule, and which current item conflicts. */
export async function explainCustodyRefusal(
  error: unknown,
  personId: string,
  exceptId?: string,
  client: Tx | typeof db = db,
): Promise<string | null> {
  const rule = custodyRuleOf(error);
  if (!rule) return null;
  if (rule === "one-current-placement") {
    const current = await client.placement.findFirst({
      where: { personId, toDate: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
      include: { facility: { select: { name: true } } },
    });
    return current
      ? `Refused: a person has at most one current placement, and the current one is at ${current.facility.name} (since ${when(current.fromDate, current.fromDatePrecision)}). Close that placement first (give it an end date), then try again.`
      : "Refused: a person has at most one current placement. Close the current one first.";
  }
  if (rule === "one-open-detention") {
    const open = await client.detentionEpisode.findFirst({
      where: { personId, released: false, releaseDate: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    });
    return open
      ? `Refused: a person has at most one open detention, and the open one began on ${when(open.arrestDate, open.arrestDatePrecision)}${open.arrestPlace ? ` (${open.arrestPlace})` : ""}. Record its release first, then try again.`
      : "Refused: a person has at most one open detention. Record the release of the open one first.";
  }
  return `Refused: ${triggerMessage(error) ?? "a placement must lie within one of the person's detentions"}. Add or correct the detention first.`;
}

/** Runs the deferred checks now, so a refusal surfaces inside the transaction that caused it. */
export async function checkCustodyNow(tx: Tx) {
  await tx.$executeRawUnsafe("SET CONSTRAINTS placement_within_detention, detention_keeps_its_placements IMMEDIATE");
}
