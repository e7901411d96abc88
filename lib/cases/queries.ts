import "server-only";
import { isSlug } from "../text/slug";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { NotFound } from "../errors/app-error";
import { can, readableVisibilities } from "../auth/permissions";
import type { Actor } from "../auth/session-user";
import { Prisma } from "../generated/prisma/client";
import { authorize, holdsRestricted, mayRead, redactRow } from "../auth/access";
import { items, type ItemRow } from "../records/items";
import { ITEM_KINDS, KINDS, type ItemKind } from "../records/kinds";
import { closeRows } from "../vault/open";
import { revealRows } from "../auth/restricted-reading";
import type { CaseFilter } from "./schemas";
import { rekeyStaleNames } from "../names/rekey";
import { phoneticKey } from "../names/search-key";
import { queryTokens } from "../search/match";

export type CaseListEntry = {
  id: string;
  slug: string;
  displayName: string;
  published: boolean;
  deleted: boolean;
  held: boolean;
  updatedAt: Date;
};

/** The lexicon words a search word may stand for: its phonetic key words, with a typo or two. */
const LEXICON_MATCHES = 200;

/**
 * The workspace's name search is the public directory's (lib/public/directory.ts): each
 * word of the query, reduced to its phonetic key, must match a key word of one of the
 * person's name variants this actor may read — any spelling, either script, a typo or two
 * (pg_trgm strict word similarity against the lexicon name_word) — over every case,
 * published or not. Resolved here to at most LEXICON_MATCHES lexicon words per key word.
 */
async function nameKeyWords(q: string): Promise<string[][]> {
  await rekeyStaleNames(db);
  const keyWords = queryTokens(q).flatMap((token) => phoneticKey(token).split(" ").filter(Boolean));
  return Promise.all(
    keyWords.map(async (word) => {
      const rows = await db.$queryRaw<{ word: string }[]>`
        SELECT word FROM name_word WHERE ${word} <<% word
        ORDER BY strict_word_similarity(${word}, word) DESC, word LIMIT ${LEXICON_MATCHES}`;
      return rows.map((r) => r.word);
    }),
  );
}

/** Whether the case list's filter asks for deleted cases (and this actor may see them). */
export function showsDeleted(actor: Actor, filter: CaseFilter) {
  return filter.publication === "deleted" && can(actor.role, "restore:deleted");
}

/**
 * A case-list search as a condition on `person p` (the list's, and its export's): the query as typed (a part of a display
 * name or of a name variant), or every word by any spelling (the key-word index, one set
 * of people per word, intersected). Written as `p.id IN (a union)` that the planner drives
 * from the indexes: as Prisma's OR of EXISTS, PostgreSQL read every person and ran ILIKE on
 * each (300 ms for a two-word search at 100,000). A query of one or two letters has no
 * trigram to look up, so it is matched person by person, which stops at the first name.
 */
export async function caseNameCondition(actor: Actor, q: string): Promise<Prisma.Sql> {
  const visibility = Prisma.sql`visibility = ANY(${readableVisibilities(actor.role)}::"Visibility"[])`;
  const keyWords = await nameKeyWords(q);
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const everyWord = Prisma.join(
    keyWords.map(
      (words) => Prisma.sql`(SELECT person_id FROM name_variant WHERE key_words && ${words}::text[] AND ${visibility})`,
    ),
    " INTERSECT ",
  );
  if ([...q.trim()].length < 3) {
    const variant = (condition: Prisma.Sql) =>
      Prisma.sql`EXISTS (SELECT 1 FROM name_variant v WHERE v.person_id = p.id AND ${condition} AND ${visibility})`;
    const asTyped = Prisma.sql`p.display_name ILIKE ${pattern} OR ${variant(Prisma.sql`v.text ILIKE ${pattern}`)}`;
    const byKey = keyWords.map((words) => variant(Prisma.sql`v.key_words && ${words}::text[]`));
    return keyWords.length ? Prisma.sql`(${asTyped} OR (${Prisma.join(byKey, " AND ")}))` : Prisma.sql`(${asTyped})`;
  }
  const asTyped = Prisma.sql`SELECT id FROM person WHERE display_name ILIKE ${pattern}
    UNION SELECT person_id FROM name_variant WHERE text ILIKE ${pattern} AND ${visibility}`;
  return Prisma.sql`p.id IN (${asTyped}${keyWords.length ? Prisma.sql` UNION (${everyWord})` : Prisma.empty})`;
}

/** Whether the person whose id is `person` (a column of the statement) is held now. */
function heldNow(person: "p.id" | "page.id") {
  return Prisma.sql`EXISTS (SELECT 1 FROM detention_episode d WHERE d.person_id = ${Prisma.raw(person)} AND NOT d.released)`;
}

/** The case list's filter as SQL conditions on `person p`. */
async function caseListConditions(actor: Actor, filter: CaseFilter): Promise<Prisma.Sql> {
  const conditions = [
    showsDeleted(actor, filter) ? Prisma.sql`p.deleted_at IS NOT NULL` : Prisma.sql`p.deleted_at IS NULL`,
  ];
  if (filter.publication === "published") conditions.push(Prisma.sql`p.published`);
  if (filter.publication === "unpublished") conditions.push(Prisma.sql`NOT p.published`);
  if (filter.q) conditions.push(await caseNameCondition(actor, filter.q));
  if (filter.status === "held") conditions.push(heldNow("p.id"));
  if (filter.status === "released") conditions.push(Prisma.sql`NOT ${heldNow("p.id")}`);
  return Prisma.join(conditions, " AND ");
}

export const CASE_LIST_PAGE_SIZE = 50;

type CaseListRow = {
  id: string;
  slug: string;
  display_name: string;
  published: boolean;
  deleted_at: Date | null;
  updated_at: Date;
  held: boolean;
};

/** One page of the case list, with the total so the page can say how many match. */
export async function listCases(
  actor: Actor,
  filter: CaseFilter,
  page = 1,
): Promise<{ cases: CaseListEntry[]; total: number; pageCount: number }> {
  authorize(actor, "read:internal");
  const where = await caseListConditions(actor, filter);
  const [people, [counted]] = await Promise.all([
    // Whether each person is held is asked of the page's 50 only: in the paged statement's
    // select list it ran for every row OFFSET skipped (339 ms for the last page at 100,000).
    db.$queryRaw<CaseListRow[]>`
      SELECT page.*, ${heldNow("page.id")} AS held
      FROM (
        SELECT p.id, p.slug, p.display_name, p.published, p.deleted_at, p.updated_at, p.sort_name
        FROM person p WHERE ${where}
        ORDER BY p.sort_name, p.id
        LIMIT ${CASE_LIST_PAGE_SIZE} OFFSET ${(page - 1) * CASE_LIST_PAGE_SIZE}
      ) page
      ORDER BY page.sort_name, page.id`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM person p WHERE ${where}`,
  ]);
  const total = counted?.total ?? 0;
  return {
    cases: people.map((p) => ({
      id: p.id,
      slug: p.slug,
      displayName: p.display_name,
      published: p.published,
      deleted: p.deleted_at !== null,
      held: p.held,
      updatedAt: p.updated_at,
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / CASE_LIST_PAGE_SIZE)),
  };
}

export type CaseItem = {
  kind: ItemKind;
  row: Record<string, unknown> & { id: string; version: number; visibility: string };
};
export type CaseCitation = {
  id: string;
  subjectType: string;
  subjectId: string;
  field: string | null;
  quote: string;
  sourceId: string;
  sourceTitle: string;
  isPreferred: boolean;
  note: string | null;
};

export type CaseRecord = {
  person: Record<string, unknown> & {
    id: string;
    slug: string;
    displayName: string;
    version: number;
    published: boolean;
    deletedAt: string | null;
  };
  items: Record<ItemKind, CaseItem["row"][]>;
  citations: CaseCitation[];
  facilities: Record<string, string>;
};

async function findPerson(actor: Actor, slug: string) {
  if (!isSlug(slug)) throw new NotFound();
  const person = await db.person.findUnique({ where: { slug } });
  // A deleted case is visible only to those who may restore it.
  if (!person || (person.deletedAt && !can(actor.role, "restore:deleted"))) throw new NotFound();
  return person;
}

/**
 * The whole record as this actor may see it; a view that includes restricted data is
 * audited, naming every sealed field it opened. Pages that show only part of it (an item's
 * citations) pass `audit: false` and audit what they do show themselves; sealed values then
 * stay closed (null), as they do with `open: false` for pages that show only titles.
 */
export async function getCase(
  actor: Actor,
  slug: string,
  ipAddress: string | null,
  options: { audit: boolean; open?: boolean } = { audit: true },
): Promise<CaseRecord> {
  authorize(actor, "read:internal");
  const person = await findPerson(actor, slug);
  const visible = readableVisibilities(actor.role);
  const record = { person: redactRow(actor, person), items: {} as CaseRecord["items"] };
  let restricted = Boolean(holdsRestricted(record.person));
  for (const kind of ITEM_KINDS) {
    const rows = await items(db, kind).findMany({
      where: {
        personId: person.id,
        visibility: { in: visible },
        ...(kind === "timelineEvent" ? { deletedAt: null } : {}),
      },
      orderBy: [{ createdAt: "asc" }],
    });
    record.items[kind] = rows.map((row) => redactRow(actor, row) as ItemRow);
    restricted ||= record.items[kind].some((row) => holdsRestricted(row));
  }
  const visibleIds = new Set([
    person.id,
    ...Object.values(record.items)
      .flat()
      .map((r) => r.id),
  ]);
  const citations = await db.citation.findMany({
    where: { personId: person.id, source: { visibility: { in: visible }, deletedAt: null } },
    include: { source: { select: { title: true } } },
    orderBy: { createdAt: "asc" },
  });
  const facilityIds = record.items.placement.map((p) => String(p.facilityId));
  const facilities = await db.facility.findMany({
    where: { id: { in: facilityIds } },
    select: { id: true, name: true },
  });
  const sealed = [
    { entity: "person", row: record.person },
    ...ITEM_KINDS.flatMap((kind) => record.items[kind].map((row) => ({ entity: kind, row }))),
  ];
  if (options.audit && options.open !== false)
    await revealRows(actor, sealed, {
      page: "case",
      subjectType: "person",
      subjectId: person.id,
      ipAddress,
      restrictedShown: restricted,
    });
  else {
    closeRows(sealed);
    if (restricted && options.audit)
      await recordAudit(db, {
        action: "view.restricted",
        actor,
        subjectType: "person",
        subjectId: person.id,
        ipAddress,
        details: { page: "case-titles" },
      });
  }
  return {
    // Plain JSON (dates as strings), as the client forms receive it.
    person: JSON.parse(JSON.stringify(record.person)) as CaseRecord["person"],
    items: JSON.parse(JSON.stringify(record.items)) as CaseRecord["items"],
    citations: citations
      .filter((c) => visibleIds.has(c.subjectId))
      .map((c) => ({
        id: c.id,
        subjectType: c.subjectType,
        subjectId: c.subjectId,
        field: c.field,
        quote: c.quote,
        sourceId: c.sourceId,
        sourceTitle: c.source.title,
        isPreferred: c.isPreferred,
        note: c.note,
      })),
    facilities: Object.fromEntries(facilities.map((f) => [f.id, f.name])),
  };
}

/** One item of a case. Invisible to this actor → NotFound, exactly like a missing one. */
export async function getItem(actor: Actor, slug: string, kind: ItemKind, id: string, ipAddress: string | null) {
  authorize(actor, "read:internal");
  const person = await findPerson(actor, slug);
  const row = await items(db, kind).findUnique({ where: { id } });
  if (!row || row.personId !== person.id || !mayRead(actor, row.visibility) || row.deletedAt) throw new NotFound();
  const redacted = redactRow(actor, row);
  await revealRows(actor, [{ entity: kind, row: redacted }], {
    page: "item",
    subjectType: kind,
    subjectId: id,
    ipAddress,
    restrictedShown: Boolean(holdsRestricted(redacted)),
  });
  return {
    person: { id: person.id, slug: person.slug, displayName: person.displayName },
    row: JSON.parse(JSON.stringify(redacted)) as CaseItem["row"],
  };
}

/** Choices for an item form's references, limited to what the actor may see. */
export async function formOptions(actor: Actor, personId: string) {
  authorize(actor, "read:internal");
  const visible = readableVisibilities(actor.role);
  // Sources are not listed here: there can be tens of thousands; forms search them as the
  // user types (components/workspace/source-picker.tsx, lib/sources/queries.ts sourceChoices).
  const [prosecutions, relatives, facilities, articles] = await Promise.all([
    db.prosecution.findMany({
      where: { personId, visibility: { in: visible } },
      select: { id: true, caseNumber: true, status: true },
    }),
    db.relative.findMany({
      where: { personId, visibility: { in: visible } },
      select: { id: true, name: true, relation: true },
    }),
    db.facility.findMany({
      where: { visibility: { in: visible } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.legalArticle.findMany({ orderBy: [{ jurisdiction: "asc" }, { code: "asc" }, { article: "asc" }] }),
  ]);
  return {
    prosecution: Object.fromEntries(
      prosecutions.map((p) => [p.id, p.caseNumber ?? `Case (${p.status.toLowerCase()})`]),
    ),
    relative: Object.fromEntries(relatives.map((r) => [r.id, `${r.name} (${r.relation})`])),
    facility: Object.fromEntries(facilities.map((f) => [f.id, f.name])),
    legalArticle: Object.fromEntries(
      articles.map((a) => [
        a.id,
        `${a.jurisdiction} ${a.code} art. ${a.article}${a.part ? ` part ${a.part}` : ""}: ${a.title}`,
      ]),
    ),
  };
}

export const kindLabel = (kind: ItemKind) => KINDS[kind].label;
