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
import { lettersRecorded } from "./tallies";
import { envelopeFor } from "../letters/envelope";
import { birthdayOf, upcomingTrials } from "../letters/calendar";

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
  const recorded = await lettersRecorded(db, campaign);
  const byId = new Map(people.map((p) => [p.personId, p]));
  const letters = cases.flatMap((c) => {
    const found = byId.get(c.personId);
    if (!found) return [];
    const person = { ...found, record: parsePublicRecord(found.record) };
    const row = applyOverrides(toLetterRow(person, ""), c, person, recorded.get(c.id) ?? 0);
    if (row.campaign_section !== "appeal" && campaign.releasedHandling === "HIDE") return [];
    // The public page shows each name in its reader's spelling, so it needs the variants too.
    return [
      {
        ...row,
        slug: person.slug,
        personId: person.personId,
        names: person.record.names,
        envelope: envelopeFor(person.record, person.held, c.prisonerAddressLocal),
        letters: recorded.get(c.id) ?? 0,
        birthday: birthdayOf(person.record),
        trials: upcomingTrials(person.record),
        position: c.position,
      },
    ];
  });
  const appeal = letters.filter((l) => l.campaign_section === "appeal");
  if (campaign.publicOrder === "FEWEST_LETTERS")
    appeal.sort((a, b) => a.letters - b.letters || a.position - b.position);
  const actions = [...recorded.values()].reduce((n, v) => n + v, 0);
  const samples = await db.sampleLetter.findMany({
    where: { campaignId: campaign.id },
    orderBy: [{ personId: "asc" }, { language: "asc" }, { createdAt: "asc" }],
    select: { id: true, personId: true, language: true, body: true },
  });
  return {
    campaign,
    appeal,
    released: letters.filter((l) => l.campaign_section === "released"),
    memorial: letters.filter((l) => l.campaign_section === "memorial"),
    letters,
    actions,
    samples,
  };
}

/** Published campaigns that are running (not ended) and hold this person, with their sample letters for them. */
export async function activeCampaignsFor(personId: string, today = new Date()) {
  const day = new Date(today.toISOString().slice(0, 10));
  const campaigns = await db.campaign.findMany({
    where: {
      published: true,
      deletedAt: null,
      cases: { some: { personId } },
      OR: [{ endDate: null }, { endDate: { gte: day } }],
    },
    orderBy: [{ year: "desc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      goal: true,
      startDate: true,
      endDate: true,
      sampleLetters: {
        where: { OR: [{ personId }, { personId: null }] },
        orderBy: [{ personId: "asc" }, { language: "asc" }],
        select: { id: true, language: true, body: true, personId: true },
      },
    },
  });
  return Promise.all(
    campaigns.map(async (c) => {
      const recorded = await lettersRecorded(db, c);
      return { ...c, actions: [...recorded.values()].reduce((n, v) => n + v, 0) };
    }),
  );
}

/** A printable letter sheet for one held person of a published campaign, with one of its sample letters. */
export async function publicLetterSheet(campaignSlug: string, personSlug: string, sampleId: string | null) {
  const found = await getPublicCampaign(campaignSlug);
  const person = found?.appeal.find((l) => l.slug === personSlug);
  if (!found || !person) return null;
  const sample = found.samples.find(
    (s) => s.id === sampleId && (s.personId === null || s.personId === person.personId),
  );
  return { campaign: found.campaign, person, sample: sample ?? null };
}

/** Birthdays (public, known to the day) of the people a published campaign still appeals for. */
export async function publicCampaignBirthdays(campaignSlug: string) {
  const found = await getPublicCampaign(campaignSlug);
  if (!found) return null;
  return {
    campaign: found.campaign,
    people: found.appeal.flatMap((l) => (l.birthday ? [{ slug: l.slug, name: l.name, birthday: l.birthday }] : [])),
  };
}

/** Published campaigns still running, for the home page's "Write a letter". */
export async function listActivePublicCampaigns(today = new Date()) {
  const day = new Date(today.toISOString().slice(0, 10));
  return db.campaign.findMany({
    where: { published: true, deletedAt: null, OR: [{ endDate: null }, { endDate: { gte: day } }] },
    orderBy: [{ year: "desc" }, { name: "asc" }],
    select: { slug: true, name: true, year: true },
    take: 6,
  });
}
