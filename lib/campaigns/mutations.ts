import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { fieldErrors, formSchema, toColumns, type FormValues } from "../forms/fields";
import type { SaveResult } from "../revisions/save-result";
import { CAMPAIGN_CASE_FIELDS, CAMPAIGN_FIELDS, languageList, SAMPLE_LETTER_FIELDS, TALLY_FIELDS } from "./schemas";
import { LINE_BREAK } from "../letters/envelope";
import { firstFreeSlug, slugify } from "../text/slug";
import { textOf } from "../text/text-of";

type Saved = Extract<SaveResult, { status: "saved" }>;
type Conflict = Extract<SaveResult, { status: "conflict" }>;

function campaignData(parsed: Record<string, unknown>) {
  const data = toColumns(CAMPAIGN_FIELDS, parsed);
  return {
    ...data,
    year: Number(data.year),
    goal: data.goal === null || data.goal === undefined || data.goal === 0 ? null : Number(data.goal),
    languages: languageList(data.languages),
  } as {
    name: string;
    year: number;
    goal: number | null;
    releasedHandling: "CONGRATULATE" | "HIDE";
    publicOrder: "POSITION" | "FEWEST_LETTERS";
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

export type AddCaseResult = { status: "added"; slug: string } | { status: "confirm"; slug: string; reason: string };

/**
 * Adds a published person to a campaign. A person no longer held is added only once the
 * organiser has confirmed (`confirmed`): there is no prison address to write to. An
 * unpublished person is not found, as before: campaigns use public facts only.
 */
export async function addCampaignCase(
  actor: Actor,
  campaignId: string,
  personId: string,
  confirmed = false,
): Promise<AddCaseResult> {
  authorize(actor, "manage:campaigns");
  return db.$transaction(async (tx) => {
    const campaign = await tx.campaign.findFirst({
      where: { id: campaignId, deletedAt: null },
      select: { slug: true },
    });
    const person = await tx.person.findFirst({
      where: { id: personId, deletedAt: null },
      select: { displayName: true, publicRecord: { select: { held: true, status: true } } },
    });
    // Campaigns are built from public facts only: an unpublished person cannot be added at all.
    if (!campaign || !person || !person.publicRecord) throw new NotFound();
    const reason = !person.publicRecord.held
      ? `${person.displayName} is no longer held (${person.publicRecord.status.toLowerCase()}): there is no prison address, and they will be listed as released, not in the appeal.`
      : null;
    if (reason && !confirmed) return { status: "confirm" as const, slug: campaign.slug, reason };
    const last = await tx.campaignCase.aggregate({ where: { campaignId }, _max: { position: true } });
    await tx.campaignCase.upsert({
      where: { campaignId_personId: { campaignId, personId } },
      create: { campaignId, personId, position: (last._max.position ?? 0) + 1 },
      update: {},
    });
    return { status: "added" as const, slug: campaign.slug };
  });
}

/** Read only: why adding this person needs the organiser's confirmation, or null. */
export async function confirmationNeeded(actor: Actor, personId: string): Promise<string | null> {
  authorize(actor, "manage:campaigns");
  const person = await db.person.findFirst({
    where: { id: personId, deletedAt: null },
    select: { displayName: true, publicRecord: { select: { held: true, status: true } } },
  });
  if (!person?.publicRecord || person.publicRecord.held) return null;
  return `${person.displayName} is no longer held (${person.publicRecord.status.toLowerCase()}): there is no prison address, and they will be listed as released, not in the appeal.`;
}

/** Adds or replaces nothing: each sample letter is its own row, per campaign and optionally per person. */
export async function addSampleLetter(
  actor: Actor,
  campaignId: string,
  personId: string | null,
  values: FormValues,
): Promise<SaveResult> {
  authorize(actor, "manage:campaigns");
  const parsed = formSchema(SAMPLE_LETTER_FIELDS).safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const language = String(parsed.data.language).trim().toLowerCase();
  if (!/^[a-z]{2,3}$/.test(language))
    return { status: "invalid", errors: { language: "Enter a language code such as be, ru or en." } };
  const campaign = await db.campaign.findFirst({ where: { id: campaignId, deletedAt: null }, select: { slug: true } });
  if (!campaign) throw new NotFound();
  if (personId && !(await db.campaignCase.findFirst({ where: { campaignId, personId }, select: { id: true } })))
    return { status: "invalid", errors: { personId: "That person is not in this campaign." } };
  // Line endings as LF whatever the browser sent (CRLF) or the paste carried (U+2028…).
  const body = splitParagraphs(String(parsed.data.body));
  const letter = await db.sampleLetter.create({ data: { campaignId, personId, language, body } });
  await recordAudit(db, {
    action: "campaign.sample-letter",
    actor,
    subjectType: "Campaign",
    subjectId: campaignId,
    details: { language, personId },
  });
  return { status: "saved", id: letter.id, slug: campaign.slug, version: 1 };
}

export async function deleteSampleLetter(actor: Actor, id: string) {
  authorize(actor, "manage:campaigns");
  const letter = await db.sampleLetter.findUnique({ where: { id }, include: { campaign: { select: { slug: true } } } });
  if (!letter) throw new NotFound();
  await db.sampleLetter.delete({ where: { id } });
  return letter.campaign.slug;
}

function splitParagraphs(text: string) {
  return text
    .split(LINE_BREAK)
    .map((l) => l.replace(/\s+$/, ""))
    .join("\n")
    .trim();
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
