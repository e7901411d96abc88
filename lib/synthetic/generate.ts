// Deterministic synthetic case records for benchmarks: Belarusian and Russian names in
// both scripts, detentions, charges, sentences, placements, conditions, timelines and
// sources whose text contains every cited passage. Rows are written in batches with
// INSERT … SELECT FROM unnest(…), then the public projection is rebuilt in parallel.
import pg from "pg";
import { beNational, bePassport, ruPassport } from "../names/systems";
import { KEY_RULES_VERSION, nameKeys } from "../names/search-key";
import { transliterate } from "../names/transliterate";
import { formatTerm } from "../public/labels";
import { itemAt, seededRandom, type Random } from "./random";
import * as vocabulary from "./vocabulary";
import { slugify } from "../text/slug";

type Row = (string | number | boolean | null)[];
type Table = { name: string; columns: [column: string, type: string][]; touch: boolean; rows: Row[] };

const PERSONS_PER_SOURCE = 20;
const BATCH = 2000;
const DAY = 86_400_000;
const FIRST_ARREST = Date.UTC(2020, 7, 9);
const LAST_DAY = Date.UTC(2026, 10, 1);

function tables() {
  const t = (name: string, columns: [string, string][], touch = true): Table => ({ name, columns, touch, rows: [] });
  return {
    source: t("source", [
      ["id", "text"],
      ["title", "text"],
      ["publisher", "text"],
      ["published_date", "date"],
      ["published_date_precision", '"DatePrecision"'],
      ["language", "text"],
      ["type", '"SourceType"'],
      ["reliability", '"Reliability"'],
      ["text", "text"],
      ["text_hash", "text"],
      ["visibility", '"Visibility"'],
    ]),
    person: t("person", [
      ["id", "text"],
      ["slug", "text"],
      ["display_name", "text"],
      ["sort_name", "text"],
      ["gender", '"Gender"'],
      ["birth_date", "date"],
      ["birth_date_precision", '"DatePrecision"'],
      ["occupation", "text"],
      ["region", "text"],
      ["citizenship", "text"],
      ["bio", "text"],
      ["published", "boolean"],
      ["published_at", "timestamp"],
    ]),
    name: t("name_variant", [
      ["id", "text"],
      ["person_id", "text"],
      ["text", "text"],
      ["script", '"Script"'],
      ["language", "text"],
      ["kind", '"NameKind"'],
      ["is_primary", "boolean"],
    ]),
    prosecution: t("prosecution", [
      ["id", "text"],
      ["person_id", "text"],
      ["case_number", "text"],
      ["court", "text"],
      ["status", '"ProsecutionStatus"'],
    ]),
    charge: t("charge", [
      ["id", "text"],
      ["prosecution_id", "text"],
      ["legal_article_id", "text"],
    ]),
    sentence: t("sentence", [
      ["id", "text"],
      ["prosecution_id", "text"],
      ["term_months", "integer"],
      ["regime", "text"],
      ["sentenced_on", "date"],
      ["sentenced_on_precision", '"DatePrecision"'],
      ["start_date", "date"],
      ["start_date_precision", '"DatePrecision"'],
    ]),
    detention: t("detention_episode", [
      ["id", "text"],
      ["person_id", "text"],
      ["prosecution_id", "text"],
      ["arrest_date", "date"],
      ["arrest_date_precision", '"DatePrecision"'],
      ["arrest_place", "text"],
      ["kind", '"DetentionKind"'],
      ["release_date", "date"],
      ["release_date_precision", '"DatePrecision"'],
      ["release_type", '"ReleaseType"'],
      ["released", "boolean"],
    ]),
    placement: t("placement", [
      ["id", "text"],
      ["person_id", "text"],
      ["facility_id", "text"],
      ["from_date", "date"],
      ["from_date_precision", '"DatePrecision"'],
      ["to_date", "date"],
      ["to_date_precision", '"DatePrecision"'],
    ]),
    condition: t("condition_period", [
      ["id", "text"],
      ["person_id", "text"],
      ["kind", '"ConditionKind"'],
      ["start_date", "date"],
      ["start_date_precision", '"DatePrecision"'],
      ["end_date", "date"],
      ["end_date_precision", '"DatePrecision"'],
    ]),
    event: t("timeline_event", [
      ["id", "text"],
      ["person_id", "text"],
      ["type", '"TimelineEventType"'],
      ["date", "date"],
      ["date_precision", '"DatePrecision"'],
      ["title", "text"],
      ["public_text", "text"],
      ["visibility", '"Visibility"'],
    ]),
    citation: t(
      "citation",
      [
        ["id", "text"],
        ["person_id", "text"],
        ["subject_type", '"CitedSubject"'],
        ["subject_id", "text"],
        ["source_id", "text"],
        ["quote", "text"],
      ],
      false,
    ),
  };
}

async function insert(client: pg.PoolClient, table: Table) {
  if (table.rows.length === 0) return;
  const { columns } = table;
  const names = columns.map(([c]) => `"${c}"`).join(", ") + (table.touch ? ", updated_at" : "");
  const casts = columns.map(([, type], i) => `c${i}::${type}`).join(", ") + (table.touch ? ", now()" : "");
  const unnest = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const params = columns.map((_, i) => table.rows.map((row) => (row[i] === null ? null : String(row[i]))));
  await client.query(
    `INSERT INTO "${table.name}" (${names}) SELECT ${casts} FROM unnest(${unnest}) AS u(${aliases}) ON CONFLICT DO NOTHING`,
    params,
  );
  table.rows = [];
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const long = (ms: number) =>
  new Date(ms).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

type Context = { articleIds: string[]; articleLabels: string[]; facilityIds: string[]; facilityNames: string[] };

/** Passages written into the synthetic sources: news reports and court reports. */
type SourceTexts = { news: string[]; court: string[] };

function generatePerson(i: number, rng: Random, ctx: Context, t: ReturnType<typeof tables>, texts: SourceTexts) {
  const id = `syn-p-${i}`;
  const female = rng.chance(0.3);
  const [firstBe, firstRu] = rng.pick(female ? vocabulary.femaleFirstNames : vocabulary.maleFirstNames);
  const [stemBe, stemRu] = rng.pick(vocabulary.surnameStems);
  const ending = rng.pick(vocabulary.surnameEndings);
  const surnameBe = stemBe + (female ? ending[1] : ending[0]);
  const surnameRu = stemRu + (female ? ending[3] : ending[2]);
  const nativeBe = `${firstBe} ${surnameBe}`;
  const nativeRu = `${firstRu} ${surnameRu}`;
  const display = transliterate(nativeBe, bePassport);
  const region = rng.pick(vocabulary.regions);
  const occupation = rng.pick(vocabulary.occupations);
  const birthYear = rng.int(1950, 2004);
  const published = rng.chance(0.95);
  const slug = `${slugify(display, "person")}-${i}`;
  t.person.rows.push([
    id,
    slug,
    display,
    `${transliterate(surnameBe, bePassport)}, ${transliterate(firstBe, bePassport)}`,
    female ? "FEMALE" : "MALE",
    `${birthYear}-01-01`,
    "YEAR",
    occupation,
    region,
    "Belarus",
    `${occupation} from ${region}.`,
    published,
    published ? new Date(LAST_DAY).toISOString() : null,
  ]);

  const variants: [string, string, string, string, boolean][] = [
    [transliterate(nativeBe, bePassport), "LATN", "be", "PASSPORT", true],
    [nativeBe, "CYRL", "be", "NATIVE", false],
    [nativeRu, "CYRL", "ru", "NATIVE", false],
    [transliterate(nativeRu, ruPassport), "LATN", "ru", "TRANSLITERATION", false],
    [transliterate(nativeBe, beNational), "LATN", "be", "TRANSLITERATION", false],
  ];
  const seen = new Set<string>();
  variants.forEach(([text, script, language, kind, primary], n) => {
    if (seen.has(text)) return;
    seen.add(text);
    t.name.rows.push([`${id}-n${n}`, id, text, script, language, kind, primary]);
  });

  const group = Math.floor(i / PERSONS_PER_SOURCE);
  const sourceId = `syn-s-${group}`;
  let lastPassage = "";
  const event = (
    n: number,
    type: string,
    ms: number,
    precise: boolean,
    title: string,
    sentence: string,
    visibility = "PUBLIC",
    pool: keyof SourceTexts = "news",
  ) => {
    const eventId = `${id}-e${n}`;
    t.event.rows.push([eventId, id, type, iso(ms), precise ? "DAY" : "MONTH", title, sentence, visibility]);
    texts[pool].push(sentence);
    t.citation.rows.push([
      `${eventId}-c`,
      id,
      "TIMELINE_EVENT",
      eventId,
      pool === "court" ? `syn-c-${group}` : sourceId,
      sentence,
    ]);
    if (pool === "news") lastPassage = sentence;
  };

  const arrest = FIRST_ARREST + rng.int(0, Math.floor((LAST_DAY - FIRST_ARREST) / DAY) - 60) * DAY;
  const precise = rng.chance(0.8);
  const when = (ms: number, isPrecise: boolean) =>
    isPrecise
      ? `on ${long(ms)}`
      : `in ${new Date(ms).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" })}`;
  const prosecutionId = `${id}-pr`;
  const convicted = rng.chance(0.75);
  let released = rng.chance(0.4);
  const articleIndexes = [
    ...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.int(0, ctx.articleIds.length - 1))),
  ];
  const articleText = articleIndexes.map((k) => itemAt(ctx.articleLabels, k)).join(" and ");

  event(0, "ARREST", arrest, precise, "Detained", `${display} was detained in ${region} ${when(arrest, precise)}.`);
  const chargedOn = arrest + rng.int(2, 30) * DAY;
  event(
    1,
    "CHARGE",
    chargedOn,
    true,
    `Charged under ${articleText}`,
    `${display} was charged under ${articleText} on ${long(chargedOn)}.`,
  );
  articleIndexes.forEach((k, n) =>
    t.charge.rows.push([`${prosecutionId}-ch${n}`, prosecutionId, itemAt(ctx.articleIds, k)]),
  );

  let last = chargedOn;
  let facility = rng.int(0, ctx.facilityIds.length - 1);
  t.placement.rows.push([
    `${id}-pl0`,
    id,
    itemAt(ctx.facilityIds, facility),
    iso(arrest),
    precise ? "DAY" : "MONTH",
    null,
    null,
  ]);
  if (convicted) {
    const sentencedOn = Math.min(arrest + rng.int(60, 400) * DAY, LAST_DAY - DAY);
    const months = rng.pick([12, 18, 24, 30, 36, 48, 60, 72, 84, 96, 120, 132, 144, 180]);
    const regime = rng.pick(vocabulary.regimes);
    t.sentence.rows.push([
      `${prosecutionId}-s`,
      prosecutionId,
      months,
      regime,
      iso(sentencedOn),
      "DAY",
      iso(arrest),
      precise ? "DAY" : "MONTH",
    ]);
    event(
      2,
      "SENTENCE",
      sentencedOn,
      true,
      `Sentenced to ${formatTerm(months)}`,
      `A court sentenced ${display} to ${months} months in a ${regime} on ${long(sentencedOn)}.`,
      "PUBLIC",
      "court",
    );
    last = sentencedOn;
    if (rng.chance(0.5) && last + 120 * DAY < LAST_DAY) {
      const movedOn = last + rng.int(20, 120) * DAY;
      const next = (facility + rng.int(1, ctx.facilityIds.length - 1)) % ctx.facilityIds.length;
      t.placement.rows.at(-1)![5] = iso(movedOn);
      t.placement.rows.at(-1)![6] = "DAY";
      t.placement.rows.push([`${id}-pl1`, id, itemAt(ctx.facilityIds, next), iso(movedOn), "DAY", null, null]);
      event(
        3,
        "TRANSFER",
        movedOn,
        true,
        `Transferred to ${itemAt(ctx.facilityNames, next)}`,
        `${display} was transferred to ${itemAt(ctx.facilityNames, next)} on ${long(movedOn)}.`,
      );
      facility = next;
      last = movedOn;
    }
  }
  if (rng.chance(0.2)) {
    const kind = rng.pick(vocabulary.conditionKinds);
    const start = last + rng.int(1, 60) * DAY;
    if (start < LAST_DAY) {
      const end = rng.chance(0.5) ? start + rng.int(5, 90) * DAY : null;
      t.condition.rows.push([
        `${id}-k0`,
        id,
        kind,
        iso(start),
        "DAY",
        end && end < LAST_DAY ? iso(end) : null,
        end && end < LAST_DAY ? "DAY" : null,
      ]);
      event(
        4,
        "CONDITION_START",
        start,
        true,
        kind
          .replaceAll("_", " ")
          .toLowerCase()
          .replace(/^./, (c) => c.toUpperCase()),
        `Relatives reported that ${display} was held in ${kind.replaceAll("_", " ").toLowerCase()} from ${long(start)}.`,
        rng.chance(0.8) ? "PUBLIC" : "INTERNAL",
      );
      last = Math.max(last, start);
    }
  }
  let releasedOn: number | null = null;
  if (released) {
    releasedOn = last + rng.int(30, 700) * DAY;
    // A release after the data's last day has not happened: no release date either (the
    // detention stays open, so its current placement lies within it).
    if (releasedOn >= LAST_DAY) [released, releasedOn] = [false, null];
  }
  const releaseType = released ? rng.pick(vocabulary.releaseTypes) : null;
  if (released && releasedOn) {
    event(5, "RELEASE", releasedOn, true, "Released", `${display} was released on ${long(releasedOn)}.`);
    const lastPlacement = t.placement.rows.at(-1)!;
    lastPlacement[5] = iso(releasedOn);
    lastPlacement[6] = "DAY";
  }
  const status = released ? "RELEASED" : convicted ? "CONVICTED" : "PRE_TRIAL";
  t.prosecution.rows.push([
    prosecutionId,
    id,
    `${rng.int(1, 99)}${rng.int(100000, 999999)}`,
    `${region} court`,
    status,
  ]);
  t.detention.rows.push([
    `${id}-d`,
    id,
    prosecutionId,
    iso(arrest),
    precise ? "DAY" : "MONTH",
    region,
    "ARREST",
    releasedOn ? iso(releasedOn) : null,
    releasedOn ? "DAY" : null,
    releaseType,
    released,
  ]);
  // The detention episode cites its latest news passage: the release, or the arrest story so far.
  t.citation.rows.push([`${id}-d-c`, id, "DETENTION_EPISODE", `${id}-d`, sourceId, lastPassage]);

  // Many are detained again after release: a second episode, open, under a new case.
  if (released && releasedOn && rng.chance(0.25)) {
    const again = releasedOn + rng.int(30, 400) * DAY;
    if (again < LAST_DAY - 10 * DAY) {
      const secondCase = `${id}-pr2`;
      const k = rng.int(0, ctx.articleIds.length - 1);
      event(
        6,
        "ARREST",
        again,
        true,
        "Detained again",
        `${display} was detained again on ${long(again)}, ${rng.pick(["at home", "at work", "at the border", "in the street"])}.`,
      );
      t.prosecution.rows.push([
        secondCase,
        id,
        `${rng.int(1, 99)}${rng.int(100000, 999999)}`,
        `${region} court`,
        "PRE_TRIAL",
      ]);
      t.charge.rows.push([`${secondCase}-ch0`, secondCase, itemAt(ctx.articleIds, k)]);
      t.detention.rows.push([`${id}-d2`, id, secondCase, iso(again), "DAY", region, "ARREST", null, null, null, false]);
      t.citation.rows.push([`${id}-d2-c`, id, "DETENTION_EPISODE", `${id}-d2`, sourceId, lastPassage]);
      const preTrial = ctx.facilityIds.findIndex((_, n) => itemAt(ctx.facilityNames, n).startsWith("Pre-trial"));
      t.placement.rows.push([
        `${id}-pl2`,
        id,
        itemAt(ctx.facilityIds, Math.max(0, preTrial)),
        iso(again),
        "DAY",
        null,
        null,
      ]);
    }
  }
}

export type SyntheticOptions = { persons: number; seed?: number; log?: (line: string) => void };

export async function generateSynthetic(databaseUrl: string, { persons, seed = 1, log = () => {} }: SyntheticOptions) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  const started = Date.now();
  try {
    const ctx = await prepareReferenceData(pool);
    const rng = seededRandom(seed * 7919 + persons);
    for (let from = 0; from < persons; from += BATCH) {
      const t = tables();
      const to = Math.min(persons, from + BATCH);
      let texts: SourceTexts = { news: [], court: [] };
      for (let i = from; i < to; i++) {
        generatePerson(i, rng, ctx, t, texts);
        if ((i + 1) % PERSONS_PER_SOURCE === 0 || i === to - 1) {
          const k = Math.floor(i / PERSONS_PER_SOURCE);
          const text = `Synthetic report ${k}, generated for benchmarks.\n\n${texts.news.join("\n")}`;
          t.source.rows.push([
            `syn-s-${k}`,
            `Synthetic report ${k}`,
            "Synthetic News",
            "2026-01-01",
            "MONTH",
            "en",
            "NEWS",
            "MEDIUM",
            text,
            `syn-${k}`,
            "PUBLIC",
          ]);
          if (texts.court.length) {
            const court = `Synthetic court monitoring ${k}.\n\n${texts.court.join("\n")}`;
            t.source.rows.push([
              `syn-c-${k}`,
              `Court monitoring report ${k} (synthetic)`,
              "Synthetic Court Watch",
              "2026-01-01",
              "MONTH",
              "en",
              "NGO_STATEMENT",
              "HIGH",
              court,
              `syn-c-${k}`,
              "PUBLIC",
            ]);
          }
          texts = { news: [], court: [] };
        }
      }
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (const table of Object.values(t)) await insert(client, table);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
      log(
        `  wrote ${to.toLocaleString("en")} / ${persons.toLocaleString("en")} persons (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
    const loaded = Date.now();
    await refreshProjection(pool, persons, log);
    return { persons, loadSeconds: (loaded - started) / 1000, projectionSeconds: (Date.now() - loaded) / 1000 };
  } finally {
    await pool.end();
  }
}

async function prepareReferenceData(pool: pg.Pool): Promise<Context> {
  for (const a of vocabulary.legalArticles) {
    await pool.query(
      `INSERT INTO legal_article (id, code, article, part, title, jurisdiction) VALUES ($1, 'Criminal Code', $2, $3, $4, 'BY') ON CONFLICT DO NOTHING`,
      [`by-cc-${a.article}-${a.part || "0"}`, a.article, a.part, a.title],
    );
  }
  const articles = await pool.query<{ id: string; article: string; part: string }>(
    `SELECT id, article, part FROM legal_article WHERE jurisdiction = 'BY' AND code = 'Criminal Code' ORDER BY article, part`,
  );
  const facilityIds: string[] = [];
  const facilityNames: string[] = [];
  for (let k = 1; k <= 30; k++) {
    const type = vocabulary.facilityTypes[k % vocabulary.facilityTypes.length];
    const name = `${type === "PRE_TRIAL_CENTRE" ? "Pre-trial detention centre" : type === "PRISON" ? "Prison" : "Penal colony"} No. ${k} (synthetic)`;
    const nameNative = `${type === "PRE_TRIAL_CENTRE" ? "СІЗА" : type === "PRISON" ? "Турма" : "Папраўчая калонія"} № ${k}`;
    await pool.query(
      `INSERT INTO facility (id, slug, name, name_native, type, address_local, address_latin, region, country, letter_guidance, updated_at)
       VALUES ($1, $2, $3, $4, $5::"FacilityType", $6, $7, $8, 'BY', $9, now()) ON CONFLICT DO NOTHING`,
      [
        `syn-f-${k}`,
        `syn-facility-${k}`,
        name,
        nameNative,
        type,
        `вул. Прыкладная, ${k}\n22${String(k).padStart(4, "0")}, г. Прыкладск\nБеларусь`,
        `vul. Prykladnaja, ${k}\n22${String(k).padStart(4, "0")} Prykladsk\nBelarus`,
        vocabulary.regions[k % vocabulary.regions.length],
        "Write in Belarusian or Russian. Keep to family news, books and weather: letters mentioning politics are confiscated.",
      ],
    );
    facilityIds.push(`syn-f-${k}`);
    facilityNames.push(name);
  }
  return {
    articleIds: articles.rows.map((r) => r.id),
    articleLabels: articles.rows.map((r) => `Article ${r.article}${r.part ? ` part ${r.part}` : ""}`),
    facilityIds,
    facilityNames,
  };
}

/** Rebuilds public_person for the synthetic persons, on two connections (two cores). */
async function refreshProjection(pool: pg.Pool, persons: number, log: (line: string) => void) {
  const started = Date.now();
  let done = 0;
  const chunk = 1000;
  const work = Array.from({ length: Math.ceil(persons / chunk) }, (_, k) => k);
  const worker = async () => {
    for (let k = work.shift(); k !== undefined; k = work.shift()) {
      const ids = Array.from({ length: Math.min(chunk, persons - k * chunk) }, (_, j) => `syn-p-${k * chunk + j}`);
      await pool.query(`SELECT refresh_public_person(id) FROM unnest($1::text[]) AS id`, [ids]);
      await writeNameKeys(pool, ids);
      done += ids.length;
      if (done % 10_000 === 0 || done === persons)
        log(
          `  public projection: ${done.toLocaleString("en")} / ${persons.toLocaleString("en")} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
        );
    }
  };
  await Promise.all([worker(), worker()]);
  // The public sources too: their pages, the sitemap's sources and the API read public_source.
  await pool.query(`SELECT refresh_public_source(id) FROM source WHERE visibility = 'PUBLIC'`);
}

/** The pg-pool twin of lib/publication/projection.ts writeNameKeys, for bulk loads. */
async function writeNameKeys(pool: pg.Pool, ids: string[]) {
  const { rows } = await pool.query<{ person_id: string; names: string[] }>(
    `SELECT person_id, names FROM public_person WHERE person_id = ANY ($1::text[])`,
    [ids],
  );
  await pool.query(
    `UPDATE public_person p SET name_keys = k.keys, name_keys_version = $3
     FROM unnest($1::text[], $2::text[]) AS k(id, keys) WHERE p.person_id = k.id`,
    [rows.map((r) => r.person_id), rows.map((r) => nameKeys(r.names)), KEY_RULES_VERSION],
  );
}
