import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { NotFound } from "../errors/app-error";
import { toLetterRow } from "../exports/letter-row";
import { parsePublicRecord } from "../public/record";
import { Prisma } from "../generated/prisma/client";
import { directoryConditions } from "../public/directory";
import type { DirectoryParams } from "../public/directory-params";
import { applyOverrides } from "./letter-rows";
import { isSlug } from "../text/slug";

export async function listCampaigns(actor: Actor) {
  authorize(actor, "manage:campaigns");
  const campaigns = await db.campaign.findMany({
    where: { deletedAt: null },
    orderBy: [{ year: "desc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, year: true, published: true, _count: { select: { cases: true } } },
  });
  const totals = await db.$queryRaw<{ campaign_id: string; total: bigint }[]>`
    SELECT cc.campaign_id, sum(t.count) AS total FROM campaign_tally t JOIN campaign_case cc ON cc.id = t.campaign_case_id GROUP BY cc.campaign_id`;
  const totalOf = new Map(totals.map((t) => [t.campaign_id, Number(t.total)]));
  return campaigns.map((c) => ({ ...c, cases: c._count.cases, actions: totalOf.get(c.id) ?? 0 }));
}

/** The campaign with its cases (public facts and overrides) and tallies. */
export async function getCampaign(actor: Actor, slug: string) {
  authorize(actor, "manage:campaigns");
  const campaign = await db.campaign.findFirst({
    where: { slug, deletedAt: null },
    include: { cases: { orderBy: { position: "asc" }, include: { tallies: { orderBy: { date: "desc" } } } } },
  });
  if (!campaign) throw new NotFound();
  const people = await db.publicPerson.findMany({
    where: { personId: { in: campaign.cases.map((c) => c.personId) } },
    select: {
      personId: true,
      slug: true,
      displayName: true,
      status: true,
      held: true,
      lastUpdatedAt: true,
      record: true,
    },
  });
  const byId = new Map(people.map((p) => [p.personId, p]));
  const cases = campaign.cases.map((c) => {
    const person = byId.get(c.personId);
    const letter = person
      ? applyOverrides(toLetterRow({ ...person, record: parsePublicRecord(person.record) }, ""), c)
      : null;
    const totals = Object.entries(
      c.tallies.reduce<Record<string, number>>(
        (sum, t) => ({ ...sum, [t.actionType]: (sum[t.actionType] ?? 0) + t.count }),
        {},
      ),
    );
    return {
      id: c.id,
      version: c.version,
      position: c.position,
      personId: c.personId,
      overrides: c,
      person: person
        ? { slug: person.slug, displayName: person.displayName, status: person.status, held: person.held }
        : null,
      letter,
      tallies: c.tallies,
      totals,
      total: c.tallies.reduce((n, t) => n + t.count, 0),
    };
  });
  return { campaign, cases, total: cases.reduce((n, c) => n + c.total, 0) };
}

/** Published people not yet in the campaign, found with the public directory's search and filters. */
export async function findCasesToAdd(
  actor: Actor,
  campaignId: string,
  filters: Omit<DirectoryParams, "page" | "sort">,
) {
  authorize(actor, "manage:campaigns");
  const conditions = directoryConditions(filters);
  if (conditions.length === 0) return [];
  return db.$queryRaw<{ person_id: string; slug: string; display_name: string; status: string; held: boolean }[]>`
    SELECT person_id, slug, display_name, status, held FROM public_person p
    WHERE ${Prisma.join(conditions, " AND ")}
      AND NOT EXISTS (SELECT 1 FROM campaign_case c WHERE c.campaign_id = ${campaignId} AND c.person_id = p.person_id)
    ORDER BY held DESC, sort_name LIMIT 50`;
}

/** For /campaigns/[slug]: published campaigns only; anything else is not found. */
export async function getPublicCampaign(slug: string) {
  if (!isSlug(slug)) return null;
  const campaign = await db.campaign.findFirst({ where: { slug, published: true, deletedAt: null } });
  if (!campaign) return null;
  const cases = await db.campaignCase.findMany({ where: { campaignId: campaign.id }, orderBy: { position: "asc" } });
  const people = await db.publicPerson.findMany({
    where: { personId: { in: cases.map((c) => c.personId) } },
    select: { personId: true, slug: true, status: true, held: true, lastUpdatedAt: true, record: true },
  });
  const byId = new Map(people.map((p) => [p.personId, p]));
  const letters = cases.flatMap((c) => {
    const person = byId.get(c.personId);
    if (!person) return [];
    const record = parsePublicRecord(person.record);
    // The public page shows each name in its reader's spelling, so it needs the variants too.
    return [{ ...applyOverrides(toLetterRow({ ...person, record }, ""), c), slug: person.slug, names: record.names }];
  });
  const [tally] = await db.$queryRaw<{ total: bigint | null }[]>`
    SELECT sum(t.count) AS total FROM campaign_tally t JOIN campaign_case cc ON cc.id = t.campaign_case_id WHERE cc.campaign_id = ${campaign.id}`;
  return { campaign, letters, actions: Number(tally?.total ?? 0) };
}
