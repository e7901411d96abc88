import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { fieldErrors, formSchema, toColumns, type FormValues } from "../forms/fields";
import type { SaveResult } from "../revisions/save-result";
import { CAMPAIGN_CASE_FIELDS, CAMPAIGN_FIELDS, languageList, TALLY_FIELDS } from "./schemas";
import { firstFreeSlug, slugify } from "../text/slug";
import { textOf } from "../text/text-of";

type Saved = Extract<SaveResult, { status: "saved" }>;
type Conflict = Extract<SaveResult, { status: "conflict" }>;

function campaignData(parsed: Record<string, unknown>) {
  const data = toColumns(CAMPAIGN_FIELDS, parsed);
  return { ...data, year: Number(data.year), languages: languageList(data.languages) } as {
    name: string;
    year: number;
    startDate: Date | null;
    endDate: Date | null;
    languages: string[];
    description: string | null;
  };
}

/** What is saved now, against what the user submitted: shown when their save was refused. */
function conflict(
  current: Record<string, unknown>,
  submitted: Record<string, unknown>,
  labels: { name: string; label: string }[],
): Conflict {
  const show = (v: unknown) => (Array.isArray(v) ? v.map(textOf).join(", ") : textOf(v));
  const changes = labels
    .filter((f) => show(current[f.name]) !== show(submitted[f.name]))
    .map((f) => ({
      field: f.name,
      label: f.label,
      before: show(submitted[f.name]),
      after: show(current[f.name]),
      by: null,
    }));
  return { status: "conflict", changes, currentVersion: Number(current.version) };
}

export async function createCampaign(actor: Actor, values: FormValues): Promise<SaveResult> {
  authorize(actor, "manage:campaigns");
  const parsed = formSchema(CAMPAIGN_FIELDS).safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = campaignData(parsed.data);
  if (data.year < 2000 || data.year > 2100)
    return { status: "invalid", errors: { year: "Enter a year such as 2026." } };
  const slug = await firstFreeSlug(
    slugify(data.name, "campaign"),
    async (s) => !!(await db.campaign.findUnique({ where: { slug: s }, select: { id: true } })),
  );
  const campaign = await db.campaign.create({ data: { ...data, slug } });
  await recordAudit(db, { action: "campaign.create", actor, subjectType: "Campaign", subjectId: campaign.id });
  return { status: "saved", id: campaign.id, slug, version: campaign.version };
}

export async function updateCampaign(
  actor: Actor,
  id: string,
  version: number,
  values: FormValues,
): Promise<SaveResult> {
  authorize(actor, "manage:campaigns");
  const parsed = formSchema(CAMPAIGN_FIELDS).safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = campaignData(parsed.data);
  const updated = await db.campaign.updateMany({
    where: { id, version, deletedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  const current = await db.campaign.findFirst({ where: { id, deletedAt: null } });
  if (!current) throw new NotFound();
  if (updated.count === 0) return conflict(current, data, CAMPAIGN_FIELDS);
  return { status: "saved", id, slug: current.slug, version: current.version };
}

export async function setCampaignPublished(actor: Actor, id: string, published: boolean) {
  authorize(actor, "manage:campaigns");
  const campaign = await db.campaign
    .update({ where: { id }, data: { published, version: { increment: 1 } } })
    .catch(() => null);
  if (!campaign) throw new NotFound();
  await recordAudit(db, {
    action: published ? "campaign.publish" : "campaign.unpublish",
    actor,
    subjectType: "Campaign",
    subjectId: id,
  });
  return campaign.slug;
}

/** Only a published person can join a campaign: their public facts are what it uses. */
export async function addCampaignCase(actor: Actor, campaignId: string, personId: string) {
  authorize(actor, "manage:campaigns");
  return db.$transaction(async (tx) => {
    const campaign = await tx.campaign.findFirst({
      where: { id: campaignId, deletedAt: null },
      select: { slug: true },
    });
    const published = await tx.publicPerson.findUnique({ where: { personId }, select: { personId: true } });
    if (!campaign || !published) throw new NotFound();
    const last = await tx.campaignCase.aggregate({ where: { campaignId }, _max: { position: true } });
    await tx.campaignCase.upsert({
      where: { campaignId_personId: { campaignId, personId } },
      create: { campaignId, personId, position: (last._max.position ?? 0) + 1 },
      update: {},
    });
    return campaign.slug;
  });
}

async function caseOf(actor: Actor, caseId: string) {
  authorize(actor, "manage:campaigns");
  const found = await db.campaignCase.findUnique({
    where: { id: caseId },
    include: { campaign: { select: { slug: true, deletedAt: true } } },
  });
  if (!found || found.campaign.deletedAt) throw new NotFound();
  return found;
}

/** Swaps a case with its neighbour above or below. */
export async function moveCampaignCase(actor: Actor, caseId: string, direction: "up" | "down") {
  const current = await caseOf(actor, caseId);
  await db.$transaction(async (tx) => {
    const neighbour = await tx.campaignCase.findFirst({
      where: {
        campaignId: current.campaignId,
        position: direction === "up" ? { lt: current.position } : { gt: current.position },
      },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
    });
    if (!neighbour) return;
    await tx.campaignCase.update({ where: { id: current.id }, data: { position: neighbour.position } });
    await tx.campaignCase.update({ where: { id: neighbour.id }, data: { position: current.position } });
  });
  return current.campaign.slug;
}

export async function removeCampaignCase(actor: Actor, caseId: string) {
  const current = await caseOf(actor, caseId);
  await db.campaignCase.delete({ where: { id: caseId } });
  await recordAudit(db, {
    action: "campaign.remove-case",
    actor,
    subjectType: "Campaign",
    subjectId: current.campaignId,
    details: { personId: current.personId },
  });
  return current.campaign.slug;
}

export async function updateCampaignCase(
  actor: Actor,
  caseId: string,
  version: number,
  values: FormValues,
): Promise<SaveResult> {
  const current = await caseOf(actor, caseId);
  const parsed = formSchema(CAMPAIGN_CASE_FIELDS).safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const columns = toColumns(CAMPAIGN_CASE_FIELDS, parsed.data);
  const data = Object.fromEntries(
    Object.entries(columns).map(([k, v]) => [k, typeof v === "string" && v.trim() === "" ? null : v]),
  );
  const letterLanguages = languageList(data.letterLanguages);
  const updated = await db.campaignCase.updateMany({
    where: { id: caseId, version },
    data: { ...data, letterLanguages, version: { increment: 1 } },
  });
  const now = await db.campaignCase.findUniqueOrThrow({ where: { id: caseId } });
  if (updated.count === 0) return conflict(now, { ...data, letterLanguages }, CAMPAIGN_CASE_FIELDS);
  return { status: "saved", id: caseId, slug: current.campaign.slug, version: now.version } satisfies Saved;
}

export async function recordTally(actor: Actor, caseId: string, values: FormValues): Promise<SaveResult> {
  const current = await caseOf(actor, caseId);
  const parsed = formSchema(TALLY_FIELDS).safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = toColumns(TALLY_FIELDS, parsed.data) as {
    actionType: "LETTER";
    count: number;
    groupName: string | null;
    date: Date;
  };
  if (!Number.isInteger(Number(data.count)) || Number(data.count) < 1)
    return { status: "invalid", errors: { count: "Enter how many were sent: a whole number, 1 or more." } };
  if (data.date > new Date()) return { status: "invalid", errors: { date: "The date cannot be in the future." } };
  const tally = await db.campaignTally.create({
    data: {
      campaignCaseId: caseId,
      actionType: data.actionType,
      count: Number(data.count),
      groupName: data.groupName || null,
      date: data.date,
      createdById: actor.id,
    },
  });
  return { status: "saved", id: tally.id, slug: current.campaign.slug, version: 1 };
}
