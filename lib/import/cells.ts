// Parses the values NGO spreadsheets hold, in the forms they are written: dates as
// 2020-09-07, 07.09.2020, 09.2020 or 2020; articles as "342 ч.1", "ч. 1 ст. 342",
// "342.1" or "Art. 342 part 1"; sentences as "3 years 6 months", "3 г. 6 мес.", "42 months".
// Each returns a value or a reason a caseworker can act on.
import { parsePartialDate, type PartialDate } from "../dates/partial-date";

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

export function parseDateCell(text: string): Parsed<PartialDate> {
  const t = text.trim().replace(/^(c\.|ca\.|около|каля|~)\s*/i, "");
  const approximate = t !== text.trim();
  // DD.MM.YYYY and MM.YYYY become ISO; anything else is left for parsePartialDate to judge.
  const iso = t
    .replace(
      /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/,
      (_, day: string, month: string, year: string) => `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`,
    )
    .replace(/^(\d{1,2})[./](\d{4})$/, (_, month: string, year: string) => `${year}-${month.padStart(2, "0")}`);
  try {
    const parsed = parsePartialDate(iso, approximate);
    if (parsed.date.getUTCFullYear() < 1900 || parsed.date.getTime() > Date.now() + 86_400_000)
      return fail(`"${text}" is not a plausible date`);
    return ok(parsed);
  } catch {
    return fail(`"${text}" is not a date (use YYYY-MM-DD, DD.MM.YYYY, MM.YYYY or YYYY)`);
  }
}

export type ArticleRef = { article: string; part: string };

/** One cell may list several articles, separated by ";" or ",". */
export function parseArticlesCell(text: string): Parsed<ArticleRef[]> {
  const refs: ArticleRef[] = [];
  for (const piece of text
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const ref = parseArticle(piece);
    if (!ref) return fail(`"${piece}" is not a criminal-code article (write e.g. 342, 342.1 or "ч. 1 ст. 342")`);
    refs.push(ref);
  }
  return ok(refs);
}

function parseArticle(piece: string): ArticleRef | null {
  const p = piece.toLowerCase().replace(/\s+/g, " ");
  const number = "(\\d{2,3}(?:-\\d)?)";
  const patterns: [RegExp, (m: RegExpExecArray) => ArticleRef][] = [
    [
      new RegExp(
        `^(?:ч\\.?|част(?:ка|ь)|part|p\\.) ?(\\d) (?:ст\\.?|арт\\.?|артыкул|статья|art\\.?|article) ?${number}$`,
      ),
      (m) => ({ article: m[2] ?? "", part: m[1] ?? "" }),
    ],
    [
      new RegExp(
        `^(?:ст\\.?|арт\\.?|артыкул|статья|art\\.?|article)? ?${number}(?:[.(]| ч\\.? ?| part | p\\. ?)(\\d)\\)?$`,
      ),
      (m) => ({ article: m[1] ?? "", part: m[2] ?? "" }),
    ],
    [
      new RegExp(`^(?:ст\\.?|арт\\.?|артыкул|статья|art\\.?|article)? ?${number}$`),
      (m) => ({ article: m[1] ?? "", part: "" }),
    ],
  ];
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(p);
    if (match) return build(match);
  }
  return null;
}

/** Sentence length in months. A bare number is read as years when small, as in most lists. */
export function parseSentenceCell(text: string): Parsed<number> {
  const t = text.toLowerCase().replace(",", ".").trim();
  if (/^\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    return n <= 25 ? ok(Math.round(n * 12)) : fail(`"${text}": write the unit, e.g. "${n} months" or "${n} years"`);
  }
  const years = /(\d+(?:\.\d+)?)\s*(?:years?|yrs?|y\b|гады?|гадоў|год(?:а|ов)?|г\.?|лет)/.exec(t);
  const months = /(\d+)\s*(?:months?|mo\b|мес(?:яц(?:а|ев)?)?\.?|месяц(?:аў|ы)?)/.exec(t);
  if (!years && !months) return fail(`"${text}" is not a sentence length (write e.g. "3 years 6 months")`);
  return ok(Math.round((years ? Number(years[1]) * 12 : 0) + (months ? Number(months[1]) : 0)));
}

export function parseGenderCell(text: string): Parsed<"FEMALE" | "MALE" | "OTHER" | "UNKNOWN"> {
  const t = text.trim().toLowerCase();
  if (["f", "female", "woman", "ж", "жан", "жен", "жанчына", "женщина"].includes(t)) return ok("FEMALE");
  if (["m", "male", "man", "м", "муж", "мужчына", "мужчина"].includes(t)) return ok("MALE");
  if (["other", "іншы", "другой"].includes(t)) return ok("OTHER");
  return fail(`"${text}" is not a gender (F, M or other)`);
}

const RELEASE_TYPES: Record<string, string> = {
  "sentence served": "SENTENCE_SERVED",
  served: "SENTENCE_SERVED",
  "па заканчэнні тэрміну": "SENTENCE_SERVED",
  "по окончании срока": "SENTENCE_SERVED",
  pardon: "PARDON",
  pardoned: "PARDON",
  памілаванне: "PARDON",
  помилование: "PARDON",
  negotiated: "NEGOTIATED_RELEASE",
  "negotiated release": "NEGOTIATED_RELEASE",
  exchange: "EXCHANGE",
  абмен: "EXCHANGE",
  обмен: "EXCHANGE",
  expelled: "FORCED_EXPULSION",
  "forced expulsion": "FORCED_EXPULSION",
  deported: "DEPORTATION",
  deportation: "DEPORTATION",
  acquitted: "ACQUITTAL",
  acquittal: "ACQUITTAL",
};

export function parseReleaseTypeCell(text: string): Parsed<string> {
  const value = RELEASE_TYPES[text.trim().toLowerCase()];
  return value
    ? ok(value)
    : fail(
        `"${text}" is not a release type (${[...new Set(Object.keys(RELEASE_TYPES).filter((k) => /^[a-z ]+$/.test(k)))].join(", ")})`,
      );
}
