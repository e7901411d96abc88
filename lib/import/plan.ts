// The dry run: for each record, whether it creates a person, updates one (and how), is
// already up to date, or matches several people and needs a caseworker to choose.
// Reads only; apply.ts carries the plan out.
import type { Database } from "../db/client";
import { formatPartialDate, type PartialDate } from "../dates/partial-date";
import type { Prisma } from "../generated/prisma/client";
import type { ColumnMapping } from "./fields";
import type { Sheet } from "./read-sheet";
import { readRecords, type ImportName, type ImportRecord, type RowError } from "./rows";

type Executor = Database | Prisma.TransactionClient;

export type Candidate = { personId: string; slug: string; displayName: string };

export type PersonChanges = {
  set: {
    displayName?: string;
    birthDate?: PartialDate;
    gender?: ImportRecord["gender"];
    region?: string;
    occupation?: string;
  };
  addNames: ImportName[];
  detention: { create: true } | { updateId: string; setRelease: boolean } | null;
  prosecution: { createWith: string[] } | { id: string; addArticleIds: string[] } | null;
  sentence: { create: true } | { updateId: string } | null;
  placement: { facility: string; closeId: string | null } | null;
};

export type RowPlan =
  | {
      row: number;
      action: "create";
      displayName: string;
      changes: string[];
      record: ImportRecord;
      articleIds: string[];
    }
  | {
      row: number;
      action: "update";
      displayName: string;
      changes: string[];
      record: ImportRecord;
      articleIds: string[];
      person: Candidate & { version: number };
      ops: PersonChanges;
    }
  | { row: number; action: "unchanged"; displayName: string; person: Candidate }
  | { row: number; action: "ambiguous"; displayName: string; candidates: Candidate[] };

export type ImportPlan = {
  rows: RowPlan[];
  errors: RowError[];
  newFacilities: string[];
  counts: { create: number; update: number; unchanged: number; ambiguous: number; errors: number };
};

export const fold = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
const sameDate = (a: Date | null | undefined, b: PartialDate | null) =>
  (!a && !b) || (!!a && !!b && a.getTime() === b.date.getTime());

export async function planImport(
  db: Executor,
  sheet: Sheet,
  mapping: ColumnMapping,
  choices: Record<number, string> = {},
): Promise<ImportPlan> {
  const { records, errors } = readRecords(sheet, mapping);

  const articles = await db.legalArticle.findMany({
    where: { jurisdiction: "BY" },
    select: { id: true, article: true, part: true },
  });
  const articleId = new Map(articles.map((a) => [`${a.article}|${a.part}`, a.id]));
  const usable: ImportRecord[] = [];
  const articleIdsByRow = new Map<number, string[]>();
  for (const record of records) {
    const ids: string[] = [];
    const unknown = record.articles.filter((a) => {
      const id = articleId.get(`${a.article}|${a.part}`);
      if (id) ids.push(id);
      return !id;
    });
    if (unknown.length) {
      const column = sheet.headers[mapping.articles ?? 0] ?? "articles";
      errors.push({
        row: record.row,
        column,
        reason: `unknown article ${unknown.map((a) => a.article + (a.part ? `.${a.part}` : "")).join(", ")} (add it to the legal articles first)`,
      });
      continue;
    }
    articleIdsByRow.set(record.row, [...new Set(ids)]);
    usable.push(record);
  }

  const matches = await findMatches(db, usable);
  const facilities = await db.facility.findMany({ select: { id: true, name: true } });
  const facilityByName = new Map(facilities.map((f) => [fold(f.name), f.id]));
  const newFacilities = new Set<string>();

  const existing = await loadExisting(db, [...new Set([...matches.values()].flat().map((c) => c.personId))]);
  const rows: RowPlan[] = [];
  for (const record of usable) {
    const articleIds = articleIdsByRow.get(record.row)!;
    if (record.facility && !facilityByName.has(fold(record.facility))) newFacilities.add(record.facility);
    const custody = custodyProblem(record, null);
    if (custody) {
      errors.push(custodyError(record.row, custody, sheet, mapping));
      continue;
    }
    const choice = choices[record.row];
    let candidates = matches.get(record.row) ?? [];
    if (choice === "new") candidates = [];
    else if (choice) candidates = candidates.filter((c) => c.personId === choice);
    if (candidates.length > 1) {
      rows.push({ row: record.row, action: "ambiguous", displayName: record.displayName, candidates });
      continue;
    }
    const [candidate] = candidates;
    if (!candidate) {
      rows.push({
        row: record.row,
        action: "create",
        displayName: record.displayName,
        record,
        articleIds,
        changes: describeCreate(record),
      });
      continue;
    }
    const person = existing.get(candidate.personId)!;
    const { ops, changes } = diff(record, articleIds, person, facilityByName);
    const custodyOfUpdate = custodyProblem(record, { person, creates: !!ops.detention && "create" in ops.detention });
    if (custodyOfUpdate) {
      errors.push(custodyError(record.row, custodyOfUpdate, sheet, mapping));
      continue;
    }
    rows.push(
      changes.length === 0
        ? { row: record.row, action: "unchanged", displayName: record.displayName, person: candidate }
        : {
            row: record.row,
            action: "update",
            displayName: record.displayName,
            record,
            articleIds,
            person: { ...candidate, version: person.version },
            ops,
            changes,
          },
    );
  }
  const count = (action: RowPlan["action"]) => rows.filter((r) => r.action === action).length;
  return {
    rows,
    errors: errors.sort((a, b) => a.row - b.row),
    newFacilities: [...newFacilities],
    counts: {
      create: count("create"),
      update: count("update"),
      unchanged: count("unchanged"),
      ambiguous: count("ambiguous"),
      errors: errors.length,
    },
  };
}

/** External id first; otherwise a person with one of the row's spellings and, when both are known, the same birth date. */
async function findMatches(db: Executor, records: ImportRecord[]) {
  const byExternal = new Map(
    (
      await db.person.findMany({
        where: {
          externalId: { in: records.map((r) => r.externalId).filter((id): id is string => !!id) },
          deletedAt: null,
        },
        select: { id: true, slug: true, displayName: true, externalId: true },
      })
    ).map((p) => [p.externalId!, { personId: p.id, slug: p.slug, displayName: p.displayName }]),
  );
  const spellings = [...new Set(records.flatMap((r) => r.names.map((n) => fold(n.text))))];
  const named = spellings.length
    ? await db.$queryRaw<
        { person_id: string; spelling: string; slug: string; display_name: string; birth_date: Date | null }[]
      >`
        SELECT DISTINCT n.person_id, lower(n.text) AS spelling, p.slug, p.display_name, p.birth_date
        FROM name_variant n JOIN person p ON p.id = n.person_id
        WHERE lower(n.text) = ANY (${spellings}::text[]) AND p.deleted_at IS NULL`
    : [];
  const bySpelling = new Map<string, typeof named>();
  for (const n of named) bySpelling.set(n.spelling, [...(bySpelling.get(n.spelling) ?? []), n]);

  const matches = new Map<number, Candidate[]>();
  for (const record of records) {
    const external = record.externalId ? byExternal.get(record.externalId) : undefined;
    if (external) {
      matches.set(record.row, [external]);
      continue;
    }
    if (record.externalId) continue; // a new external id is a new person
    const found = new Map<string, Candidate>();
    for (const name of record.names) {
      for (const n of bySpelling.get(fold(name.text)) ?? []) {
        const birthAgrees =
          !record.birthDate || !n.birth_date || n.birth_date.getTime() === record.birthDate.date.getTime();
        if (birthAgrees) found.set(n.person_id, { personId: n.person_id, slug: n.slug, displayName: n.display_name });
      }
    }
    matches.set(record.row, [...found.values()]);
  }
  return matches;
}

async function loadExisting(db: Executor, ids: string[]) {
  const people = await db.person.findMany({
    where: { id: { in: ids } },
    include: {
      names: { select: { text: true } },
      detentionEpisodes: {
        select: { id: true, arrestDate: true, releaseDate: true, released: true, releaseType: true },
      },
      prosecutions: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          charges: { select: { legalArticleId: true } },
          sentences: { select: { id: true, termMonths: true, regime: true } },
        },
      },
      // The current placement first; for a released person, the last one (closed at the release).
      placements: {
        orderBy: [{ toDate: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
        select: { id: true, toDate: true, facility: { select: { name: true } } },
      },
    },
  });
  return new Map(people.map((p) => [p.id, p]));
}

type Existing = NonNullable<Awaited<ReturnType<typeof loadExisting>> extends Map<string, infer V> ? V : never>;

function diff(record: ImportRecord, articleIds: string[], person: Existing, facilityByName: Map<string, string>) {
  const changes: string[] = [];
  const ops: PersonChanges = {
    set: {},
    addNames: [],
    detention: null,
    prosecution: null,
    sentence: null,
    placement: null,
  };
  if (record.birthDate && !sameDate(person.birthDate, record.birthDate)) {
    ops.set.birthDate = record.birthDate;
    changes.push(`birth date ${formatPartialDate(record.birthDate.date, record.birthDate.precision)}`);
  }
  if (record.gender && record.gender !== person.gender) {
    ops.set.gender = record.gender;
    changes.push(`gender ${record.gender.toLowerCase()}`);
  }
  if (record.region && record.region !== person.region) {
    ops.set.region = record.region;
    changes.push(`region ${record.region}`);
  }
  if (record.occupation && record.occupation !== person.occupation) {
    ops.set.occupation = record.occupation;
    changes.push(`occupation ${record.occupation}`);
  }
  const known = new Set(person.names.map((n) => fold(n.text)));
  ops.addNames = record.names.filter((n) => !known.has(fold(n.text)));
  for (const n of ops.addNames) changes.push(`new spelling ${n.text}`);

  if (record.arrest || record.release) {
    const episode = person.detentionEpisodes.find((d) =>
      record.arrest ? sameDate(d.arrestDate, record.arrest) : !d.released && !d.releaseDate,
    );
    if (!episode) {
      ops.detention = { create: true };
      changes.push(
        record.arrest
          ? `detention from ${formatPartialDate(record.arrest.date, record.arrest.precision)}`
          : "detention",
      );
      if (record.release) changes.push(`release ${formatPartialDate(record.release.date, record.release.precision)}`);
    } else if (
      record.release &&
      (!sameDate(episode.releaseDate, record.release) ||
        (record.releaseType && record.releaseType !== episode.releaseType))
    ) {
      ops.detention = { updateId: episode.id, setRelease: true };
      changes.push(`release ${formatPartialDate(record.release.date, record.release.precision)}`);
    }
  }
  const prosecution = person.prosecutions[0];
  if (articleIds.length || record.sentenceMonths) {
    if (!prosecution) {
      ops.prosecution = { createWith: articleIds };
      articleIds.forEach(() => changes.push("charge"));
      if (record.sentenceMonths) {
        ops.sentence = { create: true };
        changes.push(`sentence ${record.sentenceMonths} months`);
      }
    } else {
      const charged = new Set(prosecution.charges.map((c) => c.legalArticleId));
      const addArticleIds = articleIds.filter((id) => !charged.has(id));
      if (addArticleIds.length) {
        ops.prosecution = { id: prosecution.id, addArticleIds };
        changes.push(`${addArticleIds.length} new charge(s)`);
      }
      const sentence = prosecution.sentences.at(-1);
      if (
        record.sentenceMonths &&
        (!sentence ||
          sentence.termMonths !== record.sentenceMonths ||
          (record.regime && record.regime !== sentence.regime))
      ) {
        ops.sentence = sentence ? { updateId: sentence.id } : { create: true };
        changes.push(`sentence ${record.sentenceMonths} months`);
      }
    }
  }
  if (record.facility) {
    const latest = person.placements[0];
    const current = latest && !latest.toDate ? latest : null;
    const known = record.release ? latest : current;
    if (!known || fold(known.facility.name) !== fold(record.facility)) {
      ops.placement = { facility: record.facility, closeId: current?.id ?? null };
      changes.push(`held at ${record.facility}${facilityByName.has(fold(record.facility)) ? "" : " (new facility)"}`);
    }
  }
  return { ops, changes };
}

function describeCreate(record: ImportRecord): string[] {
  return [
    `new person ${record.displayName}`,
    ...record.names.filter((n) => n.text !== record.displayName).map((n) => `spelling ${n.text}`),
    ...(record.arrest ? [`detention from ${formatPartialDate(record.arrest.date, record.arrest.precision)}`] : []),
    ...(record.release ? [`release ${formatPartialDate(record.release.date, record.release.precision)}`] : []),
    ...(record.articles.length ? [`${record.articles.length} charge(s)`] : []),
    ...(record.sentenceMonths ? [`sentence ${record.sentenceMonths} months`] : []),
    ...(record.facility ? [`held at ${record.facility}`] : []),
  ];
}

// The custody rules the database enforces (one open detention, placements within a
// detention), checked here too so that the dry run names the row and column instead
// of the whole import being refused at the end.
type CustodyProblem = { column: "detentionDate" | "facility"; reason: string };

function custodyProblem(
  record: ImportRecord,
  update: { person: Existing; creates: boolean } | null,
): CustodyProblem | null {
  const open = update?.person.detentionEpisodes.find((d) => !d.released && !d.releaseDate);
  if (update && update.creates && !record.release && open)
    return {
      column: "detentionDate",
      reason: `${update.person.displayName} already has an open detention${open.arrestDate ? ` from ${formatPartialDate(open.arrestDate.toISOString().slice(0, 10), "DAY")}` : ""}: record its release before a new detention`,
    };
  const detained = record.arrest || record.release || (update && open);
  if (record.facility && !detained)
    return {
      column: "facility",
      reason: "a prison needs a detention: fill in the detention date (a placement lies within a detention)",
    };
  return null;
}

function custodyError(row: number, problem: CustodyProblem, sheet: Sheet, mapping: ColumnMapping) {
  const index = mapping[problem.column];
  return {
    row,
    column: (index !== undefined ? sheet.headers[index] : undefined) ?? problem.column,
    reason: problem.reason,
  };
}
