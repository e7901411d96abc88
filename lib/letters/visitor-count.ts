import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";

// "I wrote" from visitors, counted without tracking people. Stored: a number per person
// and day (visitor_letter_daily), nothing about who. To stop one client inflating it at
// will, each claim is checked against a per-client window whose key is
// sha256(day's salt · address · person); the salt is random, kept one day in `setting`
// and replaced the next, and yesterday's windows are deleted with it, so a key cannot be
// tied to an address or to the same client on another day.

export const CLAIMS_PER_PERSON_PER_DAY = 1;
export const CLAIMS_PER_CLIENT_PER_DAY = 30;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ClaimResult =
  { status: "counted"; count: number } | { status: "limited"; count: number } | { status: "not-found" };

async function saltOfToday(day: string): Promise<string> {
  const key = "letter-claim-salt";
  const fresh = { day, salt: randomBytes(32).toString("hex") };
  // One statement: the first request of the day replaces the salt; concurrent ones read the winner's.
  const [row] = await db.$queryRaw<{ value: { day: string; salt: string } }[]>`
    INSERT INTO setting (key, value, updated_at) VALUES (${key}, ${JSON.stringify(fresh)}::jsonb, now())
    ON CONFLICT (key) DO UPDATE SET value = CASE WHEN setting.value->>'day' = ${day} THEN setting.value ELSE EXCLUDED.value END,
      updated_at = now()
    RETURNING value`;
  if (!row || row.value.day !== day) throw new Error("salt of another day");
  return row.value.salt;
}

const hash = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex");

/** The person's visitor letters, all time. */
export async function visitorLetters(personId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint | null }[]>`
    SELECT sum(count) AS total FROM visitor_letter_daily WHERE person_id = ${personId}`;
  return Number(row?.total ?? 0);
}

/** Counts one letter to a published, held person, unless this client has used its allowance. */
export async function claimLetterWritten(slug: string, address: string | null): Promise<ClaimResult> {
  if (!SLUG.test(slug) || slug.length > 200) return { status: "not-found" };
  const person = await db.publicPerson.findUnique({ where: { slug }, select: { personId: true, held: true } });
  if (!person || !person.held) return { status: "not-found" };
  const day = new Date().toISOString().slice(0, 10);
  const salt = await saltOfToday(day);
  const client = address ?? "unknown";
  const personKey = hash(salt, client, person.personId);
  const clientKey = hash(salt, client);
  await db.$executeRaw`DELETE FROM letter_claim_window WHERE day < ${day}::date`;
  // One statement, so concurrent claims need no transaction: each window's count is
  // incremented atomically, and the letter is counted only if both are within their limits.
  const [row] = await db.$queryRaw<{ allowed: boolean }[]>`
    WITH windows AS (
      INSERT INTO letter_claim_window (key, day, count)
      VALUES (${personKey}, ${day}::date, 1), (${clientKey}, ${day}::date, 1)
      ON CONFLICT (key) DO UPDATE SET count = letter_claim_window.count + 1
      RETURNING key, count
    ), verdict AS (
      SELECT bool_and(CASE WHEN key = ${personKey} THEN count <= ${CLAIMS_PER_PERSON_PER_DAY}
                           ELSE count <= ${CLAIMS_PER_CLIENT_PER_DAY} END) AS allowed FROM windows
    ), counted AS (
      INSERT INTO visitor_letter_daily (person_id, day, count)
      SELECT ${person.personId}, ${day}::date, 1 FROM verdict WHERE allowed
      ON CONFLICT (person_id, day) DO UPDATE SET count = visitor_letter_daily.count + 1
      RETURNING 1
    )
    SELECT allowed FROM verdict`;
  const allowed = row?.allowed === true;
  const count = await visitorLetters(person.personId);
  return allowed ? { status: "counted", count } : { status: "limited", count };
}
