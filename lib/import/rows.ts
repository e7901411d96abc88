// Turns spreadsheet rows into import records, collecting every error with its row,
// column and reason. Pure: no database. Row numbers are the spreadsheet's (header = 1).
import type { PartialDate } from "../dates/partial-date";
import { bePassport, ruPassport } from "../names/systems";
import { transliterate } from "../names/transliterate";
import {
  parseArticlesCell,
  parseDateCell,
  parseGenderCell,
  parseReleaseTypeCell,
  parseSentenceCell,
  type ArticleRef,
  type Parsed,
} from "./cells";
import type { ColumnMapping, ImportField } from "./fields";
import type { Sheet } from "./read-sheet";

export type RowError = { row: number; column: string; reason: string };

export type ImportName = {
  text: string;
  script: "LATN" | "CYRL";
  language: string;
  kind: "NATIVE" | "PRESS" | "TRANSLITERATION" | "OTHER";
};

export type ImportRecord = {
  row: number;
  externalId: string | null;
  displayName: string;
  names: ImportName[];
  birthDate: PartialDate | null;
  gender: "FEMALE" | "MALE" | "OTHER" | "UNKNOWN" | null;
  region: string | null;
  occupation: string | null;
  arrest: PartialDate | null;
  release: PartialDate | null;
  releaseType: string | null;
  articles: ArticleRef[];
  sentenceMonths: number | null;
  regime: string | null;
  facility: string | null;
  address: string | null;
};

const CYRILLIC = /\p{Script=Cyrillic}/u;

export function readRecords(sheet: Sheet, mapping: ColumnMapping): { records: ImportRecord[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const records: ImportRecord[] = [];
  const seenIds = new Map<string, number>();
  sheet.rows.forEach((cells, index) => {
    const row = index + 2;
    const columnOf = (field: ImportField) => mapping[field];
    const cell = (field: ImportField) => {
      const at = columnOf(field);
      return at === undefined ? "" : (cells[at] ?? "").trim();
    };
    const header = (field: ImportField) => {
      const at = columnOf(field);
      return (at === undefined ? undefined : sheet.headers[at]) ?? field;
    };
    const rowErrors: RowError[] = [];
    const parsed = <T>(field: ImportField, parse: (text: string) => Parsed<T>): T | null => {
      const text = cell(field);
      if (!text) return null;
      const result = parse(text);
      if (!result.ok) rowErrors.push({ row, column: header(field), reason: result.reason });
      return result.ok ? result.value : null;
    };

    const names: ImportName[] = [];
    const addName = (text: string, name: Omit<ImportName, "text">) => {
      if (text && !names.some((n) => n.text === text)) names.push({ text, ...name });
    };
    addName(cell("name"), { script: "LATN", language: "en", kind: "PRESS" });
    addName(cell("nameBe"), { script: "CYRL", language: "be", kind: "NATIVE" });
    addName(cell("nameRu"), { script: "CYRL", language: "ru", kind: "NATIVE" });
    for (const other of cell("otherNames")
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean)) {
      addName(other, {
        script: CYRILLIC.test(other) ? "CYRL" : "LATN",
        language: CYRILLIC.test(other) ? "be" : "en",
        kind: "OTHER",
      });
    }
    const displayName =
      cell("name") ||
      (cell("nameBe") && transliterate(cell("nameBe"), bePassport)) ||
      (cell("nameRu") && transliterate(cell("nameRu"), ruPassport));
    if (!displayName)
      rowErrors.push({
        row,
        column: header("name"),
        reason: "a name is missing (fill the Latin, Belarusian or Russian name)",
      });
    if (displayName && !names.some((n) => n.text === displayName))
      names.unshift({ text: displayName, script: "LATN", language: "be", kind: "TRANSLITERATION" });

    const externalId = cell("externalId") || null;
    if (externalId) {
      const earlier = seenIds.get(externalId);
      if (earlier) rowErrors.push({ row, column: header("externalId"), reason: `the same id as row ${earlier}` });
      else seenIds.set(externalId, row);
    }
    const arrest = parsed("detentionDate", parseDateCell);
    const release = parsed("releaseDate", parseDateCell);
    if (arrest && release && release.date < arrest.date)
      rowErrors.push({ row, column: header("releaseDate"), reason: "the release date is before the detention date" });

    const record: ImportRecord = {
      row,
      externalId,
      displayName,
      names,
      birthDate: parsed("birthDate", parseDateCell),
      gender: parsed("gender", parseGenderCell),
      region: cell("region") || null,
      occupation: cell("occupation") || null,
      arrest,
      release,
      releaseType: parsed("releaseType", parseReleaseTypeCell),
      articles: parsed("articles", parseArticlesCell) ?? [],
      sentenceMonths: parsed("sentence", parseSentenceCell),
      regime: cell("regime") || null,
      facility: cell("facility") || null,
      address: cell("address") || null,
    };
    errors.push(...rowErrors);
    if (rowErrors.length === 0) records.push(record);
  });
  return { records, errors };
}
