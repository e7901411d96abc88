// Loads the demo data. Idempotent: every row has a deterministic id and is inserted
// with skipDuplicates, so a second run adds nothing and never overwrites an edit.
import fs from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import type { Database } from "../../lib/db/client";
import { parsePartialDate } from "../../lib/dates/partial-date";
import { refreshPublicSource } from "../../lib/publication/projection";
import { sourceTextHash } from "../../lib/sources/fingerprint";
import { demoCampaign } from "./demo-campaign";
import { demoCases, unpublishedExample, type Cite, type DemoCase } from "./demo-cases";
import { demoSources, type SourceKey } from "./sources";

export const DEMO_PASSWORD = "casebook-demo";
export const DEMO_ACCOUNTS = [
  { email: "admin@casebook.test", name: "Demo Admin", role: "ADMIN" },
  { email: "caseworker@casebook.test", name: "Demo Caseworker", role: "CASEWORKER" },
  { email: "campaigner@casebook.test", name: "Demo Campaigner", role: "CAMPAIGNER" },
] as const;

const ARTICLES_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), "articles");

export type SeedReport = { facts: number; citedFacts: number; citations: number; persons: number; sources: number };

type CitationRow = {
  id: string;
  personId: string;
  subjectType: string;
  subjectId: string;
  field: string | null;
  sourceId: string;
  quote: string;
};

function dated(value?: { date: string; approximate?: boolean }) {
  return value ? parsePartialDate(value.date, value.approximate) : undefined;
}

function sourceIdOf(key: SourceKey): string {
  const source = demoSources.find((s) => s.key === key);
  if (!source) throw new Error(`No demo source ${key}`);
  return source.id;
}

/** Collects the rows of one demo case; every fact pushes its citations. */
function caseRows(c: DemoCase) {
  const personId = `demo-${c.slug}`;
  const citations: CitationRow[] = [];
  let facts = 0;
  const cite = (subjectType: string, subjectId: string, cites: Cite[], field: string | null = null) => {
    if (cites.length === 0) throw new Error(`Demo fact ${subjectType} ${subjectId} has no citation`);
    facts += 1;
    cites.forEach((q, i) =>
      citations.push({
        id: `${subjectId}-c${field ? `-${field}` : ""}-${i}`,
        personId,
        subjectType,
        subjectId,
        field,
        sourceId: sourceIdOf(q.source),
        quote: q.quote,
      }),
    );
  };

  const personFields = new Map<string, Cite[]>();
  for (const q of c.personCites) personFields.set(q.field!, [...(personFields.get(q.field!) ?? []), q]);
  for (const [field, cites] of personFields) cite("PERSON", personId, cites, field);

  const person = {
    id: personId,
    slug: c.slug,
    displayName: c.displayName,
    sortName: c.sortName,
    gender: c.gender ?? "UNKNOWN",
    occupation: c.occupation,
    citizenship: c.citizenship,
    bio: c.bio,
    internalNote: c.internalNote,
    published: c.published,
    publishedAt: c.published ? new Date("2025-12-15T00:00:00Z") : null,
  } as const;

  const names = c.names.map((n, i) => {
    const id = `${personId}-name-${i}`;
    cite("NAME_VARIANT", id, n.cites);
    return {
      id,
      personId,
      text: n.text,
      script: n.script,
      language: n.language,
      kind: n.kind,
      isPrimary: n.isPrimary ?? false,
    };
  });

  const prosecutions: object[] = [];
  const charges: object[] = [];
  const sentences: object[] = [];
  (c.prosecutions ?? []).forEach((p, i) => {
    const id = `${personId}-prosecution-${i}`;
    cite("PROSECUTION", id, p.cites);
    prosecutions.push({ id, personId, status: p.status, summary: p.summary });
    (p.charges ?? []).forEach((ch, j) => {
      const chargeId = `${id}-charge-${j}`;
      cite("CHARGE", chargeId, ch.cites);
      charges.push({ id: chargeId, prosecutionId: id, description: ch.description });
    });
    (p.sentences ?? []).forEach((s, j) => {
      const sentenceId = `${id}-sentence-${j}`;
      cite("SENTENCE", sentenceId, s.cites);
      sentences.push({ id: sentenceId, prosecutionId: id, termMonths: s.termMonths });
    });
  });

  const detentions = (c.detentions ?? []).map((d, i) => {
    const id = `${personId}-detention-${i}`;
    cite("DETENTION_EPISODE", id, d.cites);
    const arrest = dated(d.arrest);
    const release = dated(d.release);
    return {
      id,
      personId,
      kind: d.kind,
      released: d.released,
      releaseType: d.releaseType,
      internalNote: d.internalNote,
      prosecutionId: prosecutions.length ? `${personId}-prosecution-0` : null,
      arrestDate: arrest?.date,
      arrestDatePrecision: arrest?.precision,
      releaseDate: release?.date,
      releaseDatePrecision: release?.precision,
    };
  });

  const conditions = (c.conditions ?? []).map((k, i) => {
    const id = `${personId}-condition-${i}`;
    cite("CONDITION_PERIOD", id, k.cites);
    const start = dated(k.start);
    const end = dated(k.end);
    return {
      id,
      personId,
      kind: k.kind,
      description: k.description,
      startDate: start?.date,
      startDatePrecision: start?.precision,
      endDate: end?.date,
      endDatePrecision: end?.precision,
    };
  });

  const relativeIds = new Map<string, string>();
  const relatives = (c.relatives ?? []).map((r, i) => {
    const id = `${personId}-relative-${i}`;
    relativeIds.set(r.key, id);
    cite("RELATIVE", id, r.cites);
    return {
      id,
      personId,
      name: r.name,
      relation: r.relation,
      visibility: r.visibility,
      contactDetails: r.contactDetails,
    };
  });

  const familyContacts = (c.familyContacts ?? []).map((e, i) => {
    const id = `${personId}-contact-${i}`;
    cite("FAMILY_CONTACT_EVENT", id, e.cites);
    const when = dated(e.date)!;
    return {
      id,
      personId,
      kind: e.kind,
      relativeId: e.relative ? relativeIds.get(e.relative) : null,
      date: when.date,
      datePrecision: when.precision,
      note: e.note,
      visibility: e.visibility,
    };
  });

  const lawyers = (c.lawyers ?? []).map((l, i) => {
    const id = `${personId}-lawyer-${i}`;
    cite("LEGAL_REPRESENTATION", id, l.cites);
    return { id, personId, lawyerName: l.lawyerName, status: l.status, note: l.note };
  });

  const healthNotes = (c.healthNotes ?? []).map((h, i) => {
    const id = `${personId}-health-${i}`;
    cite("HEALTH_NOTE", id, h.cites);
    const when = dated(h.date)!;
    return { id, personId, text: h.text, date: when.date, datePrecision: when.precision };
  });

  const designations = (c.designations ?? []).map((g, i) => {
    const id = `${personId}-designation-${i}`;
    cite("DESIGNATION", id, g.cites);
    return { id, personId, organisation: g.organisation, kind: g.kind, criteria: g.criteria };
  });

  const timeline = (c.timeline ?? []).map((t, i) => {
    const id = `${personId}-event-${i}`;
    cite("TIMELINE_EVENT", id, t.cites);
    const when = dated(t.date)!;
    return {
      id,
      personId,
      type: t.type,
      date: when.date,
      datePrecision: when.precision,
      title: t.title,
      publicText: t.text,
      internalNote: t.internalNote,
      visibility: t.visibility,
    };
  });

  return {
    person,
    names,
    prosecutions,
    charges,
    sentences,
    detentions,
    conditions,
    relatives,
    familyContacts,
    lawyers,
    healthNotes,
    designations,
    timeline,
    citations,
    facts,
  };
}

export async function seedDemo(db: Database, options: { accounts: boolean }): Promise<SeedReport> {
  const cases = demoCases.map(caseRows);
  const skipDuplicates = true;
  await db.$transaction(
    async (tx) => {
      await tx.source.createMany({
        skipDuplicates,
        data: demoSources.map((s) => {
          const text = fs.readFileSync(path.join(ARTICLES_DIR, s.file), "utf8");
          const published = s.published ? parsePartialDate(s.published.date) : undefined;
          return {
            id: s.id,
            title: s.title,
            publisher: s.publisher,
            language: "en",
            type: s.type,
            reliability: s.reliability,
            visibility: "PUBLIC",
            text,
            textHash: sourceTextHash(text),
            publishedDate: published?.date,
            publishedDatePrecision: published?.precision,
          };
        }),
      });
      await tx.person.createMany({ skipDuplicates, data: cases.map((c) => c.person) });
      await tx.person.createMany({
        skipDuplicates,
        data: [{ id: `demo-${unpublishedExample.slug}`, ...unpublishedExample, published: false }],
      });
      await tx.nameVariant.createMany({
        skipDuplicates,
        data: [
          {
            id: `demo-${unpublishedExample.slug}-name-0`,
            personId: `demo-${unpublishedExample.slug}`,
            text: unpublishedExample.displayName,
            script: "LATN",
            language: "en",
            kind: "OTHER",
            isPrimary: true,
          },
        ],
      });
      // The seed's row builders are loosely typed; createMany checks every row at run time.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return
      const all = <K extends keyof ReturnType<typeof caseRows>>(key: K) => cases.flatMap((c) => c[key] as any[]);
      await tx.nameVariant.createMany({ skipDuplicates, data: all("names") });
      await tx.prosecution.createMany({ skipDuplicates, data: all("prosecutions") });
      await tx.charge.createMany({ skipDuplicates, data: all("charges") });
      await tx.sentence.createMany({ skipDuplicates, data: all("sentences") });
      await tx.detentionEpisode.createMany({ skipDuplicates, data: all("detentions") });
      await tx.conditionPeriod.createMany({ skipDuplicates, data: all("conditions") });
      await tx.relative.createMany({ skipDuplicates, data: all("relatives") });
      await tx.familyContactEvent.createMany({ skipDuplicates, data: all("familyContacts") });
      await tx.legalRepresentation.createMany({ skipDuplicates, data: all("lawyers") });
      await tx.healthNote.createMany({ skipDuplicates, data: all("healthNotes") });
      await tx.designation.createMany({ skipDuplicates, data: all("designations") });
      await tx.timelineEvent.createMany({ skipDuplicates, data: all("timeline") });
      await tx.citation.createMany({ skipDuplicates, data: all("citations") });

      for (const s of demoSources) await refreshPublicSource(tx, s.id);

      const { cases: campaignCases, ...campaign } = demoCampaign;
      await tx.campaign.createMany({ skipDuplicates, data: [campaign] });
      await tx.campaignCase.createMany({
        skipDuplicates,
        data: campaignCases.map(({ tallies: _tallies, ...c }, position) => ({
          ...c,
          campaignId: campaign.id,
          position: position + 1,
        })),
      });
      await tx.campaignTally.createMany({
        skipDuplicates,
        data: campaignCases.flatMap((c) => c.tallies.map((t) => ({ ...t, campaignCaseId: c.id }))),
      });
    },
    { timeout: 60_000 },
  );

  if (options.accounts) await seedDemoAccounts(db);
  await db.setting.upsert({
    where: { key: "demo.seededAt" },
    create: { key: "demo.seededAt", value: new Date().toISOString() },
    update: {},
  });

  return {
    persons: cases.length + 1,
    sources: demoSources.length,
    facts: cases.reduce((n, c) => n + c.facts, 0),
    citedFacts: cases.reduce((n, c) => n + c.facts, 0),
    citations: cases.reduce((n, c) => n + c.citations.length, 0),
  };
}

/** Demo sign-in accounts, one per role. Created only in demo mode. */
export async function seedDemoAccounts(db: Database) {
  const existing = new Set((await db.user.findMany({ select: { email: true } })).map((u) => u.email));
  const passwordHash = await hash(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    if (existing.has(account.email)) continue;
    await db.user.create({ data: { ...account, passwordHash } });
  }
}

export async function isDemoSeeded(db: Database) {
  return (await db.setting.findUnique({ where: { key: "demo.seededAt" } })) !== null;
}
