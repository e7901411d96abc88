// Small factories for tests that need a case, a source or a user, not the whole demo
// (after documenso's seedUser/seedDocument). Each writes real rows through Prisma, refreshes
// the public projection the way the app does, and returns what a test refers to next, so
// a test names its own data instead of remembering demo ids.
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { Role } from "../../lib/auth/permissions";
import type { Actor } from "../../lib/auth/session-user";
import type { Database } from "../../lib/db/client";
import { refreshPublicPerson, refreshPublicSource } from "../../lib/publication/projection";
import { sourceTextHash } from "../../lib/sources/fingerprint";
import { slugify } from "../../lib/text/slug";

type Visibility = "PUBLIC" | "INTERNAL" | "RESTRICTED";

const unique = () => randomBytes(4).toString("hex");

/** A user who can act in the data layer; with a password, one who can also sign in. */
export async function seedUser(
  db: Database,
  {
    role = "CASEWORKER",
    name,
    email,
    password,
  }: { role?: Role; name?: string; email?: string; password?: string } = {},
): Promise<Actor> {
  const id = unique();
  return db.user.create({
    data: {
      role,
      name: name ?? `Test ${role.toLowerCase()} ${id}`,
      email: email ?? `${role.toLowerCase()}-${id}@example.test`,
      passwordHash: password ? await hash(password) : "not-a-password-hash",
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** One user per role, for tests about who may do what. */
export async function seedActors(db: Database): Promise<Record<Role, Actor>> {
  const [ADMIN, CASEWORKER, CAMPAIGNER] = await Promise.all(
    (["ADMIN", "CASEWORKER", "CAMPAIGNER"] as const).map((role) => seedUser(db, { role })),
  );
  if (!ADMIN || !CASEWORKER || !CAMPAIGNER) throw new Error("seedActors: a user was not created");
  return { ADMIN, CASEWORKER, CAMPAIGNER };
}

export type SeededSource = { id: string; title: string; text: string; passage: string };

/**
 * A source whose stored text holds `passage` (a quote a citation may use). Public sources
 * are projected, as publishing one in the workspace does.
 */
export async function seedSource(
  db: Database,
  {
    title = `Test report ${unique()}`,
    passage = "was transferred to a penal colony in the spring",
    text = `A local outlet reported that the prisoner ${passage}. Relatives were not told in advance.`,
    visibility = "PUBLIC",
    url,
  }: { title?: string; passage?: string; text?: string; visibility?: Visibility; url?: string } = {},
): Promise<SeededSource> {
  if (!text.includes(passage)) throw new Error("seedSource: the passage must occur in the text");
  const source = await db.source.create({
    data: { title, text, textHash: sourceTextHash(text), language: "en", visibility, url, reliability: "HIGH" },
  });
  if (visibility === "PUBLIC") await refreshPublicSource(db, source.id);
  return { id: source.id, title, text, passage };
}

export type SeededEvent = { title: string; date: string; visibility?: Visibility; uncited?: boolean };

export type SeededPerson = { id: string; slug: string; displayName: string; eventIds: string[] };

/**
 * A person (a case) with a primary name and, on request, an open detention (held), other
 * name spellings and timeline events. With `citing`, every one of those facts cites the
 * source's passage (an event marked `uncited` excepted), as a fully sourced case does.
 * Published people are projected, so public pages and the API can find them.
 */
export async function seedPerson(
  db: Database,
  {
    displayName = `Test Person ${unique()}`,
    published = true,
    held = false,
    names = [],
    events = [],
    citing,
  }: {
    displayName?: string;
    published?: boolean;
    /** An open detention since 2021-06-01 (public). */
    held?: boolean;
    /** Other public spellings, e.g. the Belarusian and Russian forms. */
    names?: { text: string; script: "LATN" | "CYRL"; language: string }[];
    events?: SeededEvent[];
    citing?: SeededSource;
  } = {},
): Promise<SeededPerson> {
  const slug = `${slugify(displayName, "person")}-${unique()}`;
  const person = await db.person.create({
    data: {
      slug,
      displayName,
      sortName: displayName.split(" ").reverse().join(" "),
      published,
      publishedAt: published ? new Date() : null,
      names: {
        create: [
          { text: displayName, script: "LATN", language: "en", kind: "PRESS", isPrimary: true },
          ...names.map((n) => ({ ...n, kind: "NATIVE" as const, isPrimary: false })),
        ],
      },
      ...(held
        ? { detentionEpisodes: { create: { arrestDate: new Date("2021-06-01"), arrestDatePrecision: "DAY" } } }
        : {}),
    },
    include: { names: { select: { id: true } }, detentionEpisodes: { select: { id: true } } },
  });
  const cited: { subjectType: "NAME_VARIANT" | "DETENTION_EPISODE" | "TIMELINE_EVENT"; subjectId: string }[] = [
    ...person.names.map((n) => ({ subjectType: "NAME_VARIANT" as const, subjectId: n.id })),
    ...person.detentionEpisodes.map((d) => ({ subjectType: "DETENTION_EPISODE" as const, subjectId: d.id })),
  ];
  const eventIds: string[] = [];
  for (const event of events) {
    const created = await db.timelineEvent.create({
      data: {
        personId: person.id,
        type: "OTHER",
        date: new Date(event.date),
        datePrecision: "DAY",
        title: event.title,
        visibility: event.visibility ?? "PUBLIC",
      },
    });
    eventIds.push(created.id);
    if (!event.uncited) cited.push({ subjectType: "TIMELINE_EVENT", subjectId: created.id });
  }
  if (citing)
    await db.citation.createMany({
      data: cited.map((c) => ({ ...c, personId: person.id, sourceId: citing.id, quote: citing.passage })),
    });
  if (published) await refreshPublicPerson(db, person.id);
  return { id: person.id, slug, displayName, eventIds };
}
