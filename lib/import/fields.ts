// What an import can fill, and the column headers NGOs use for it (English, Belarusian,
// Russian), so that most spreadsheets map themselves. Matching folds case and spacing.

export const IMPORT_FIELDS = {
  externalId: {
    label: "External id",
    headers: ["id", "external id", "external_id", "case id", "№", "no", "нумар", "номер"],
  },
  name: {
    label: "Name (Latin letters)",
    headers: ["name", "full name", "name latin", "name (latin)", "прозвішча імя (лацінка)"],
  },
  nameBe: {
    label: "Name in Belarusian",
    headers: ["name be", "імя", "прозвішча, імя", "прозвішча імя імя па бацьку", "піб", "імя па-беларуску"],
  },
  nameRu: { label: "Name in Russian", headers: ["name ru", "фио", "фамилия имя отчество", "имя", "имя по-русски"] },
  otherNames: {
    label: "Other spellings (; separated)",
    headers: ["other names", "aliases", "other spellings", "іншыя напісанні", "другие написания"],
  },
  birthDate: {
    label: "Birth date",
    headers: ["birth date", "date of birth", "born", "дата нараджэння", "дата рождения"],
  },
  gender: { label: "Gender", headers: ["gender", "sex", "пол", "пол/гендар"] },
  region: { label: "Region", headers: ["region", "рэгіён", "регион", "вобласць", "область"] },
  occupation: { label: "Occupation", headers: ["occupation", "profession", "прафесія", "профессия", "род занятий"] },
  detentionDate: {
    label: "Detention date",
    headers: ["detention date", "arrest date", "detained", "date of detention", "дата затрымання", "дата задержания"],
  },
  articles: {
    label: "Criminal-code articles",
    headers: ["articles", "article", "criminal code articles", "артыкулы", "артыкул", "статьи", "статья"],
  },
  sentence: { label: "Sentence", headers: ["sentence", "term", "прысуд", "приговор", "тэрмін", "срок"] },
  regime: { label: "Regime", headers: ["regime", "рэжым", "режим"] },
  facility: {
    label: "Prison / facility",
    headers: ["prison", "facility", "place of detention", "месца ўтрымання", "место содержания", "калонія", "колония"],
  },
  address: {
    label: "Address for letters",
    headers: ["address", "postal address", "адрас", "адрес", "адрас для лістоў", "адрес для писем"],
  },
  releaseDate: {
    label: "Release date",
    headers: ["release date", "released", "date of release", "дата вызвалення", "дата освобождения"],
  },
  releaseType: {
    label: "Release type",
    headers: ["release type", "how released", "тып вызвалення", "тип освобождения"],
  },
} as const;

export type ImportField = keyof typeof IMPORT_FIELDS;
export const IMPORT_FIELD_KEYS = Object.keys(IMPORT_FIELDS) as ImportField[];

/** Field → column index (or null when the sheet has no such column). */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const foldHeader = (header: string) =>
  header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .replace(/[.:]+$/, "")
    .trim();

export function autoMap(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const folded = headers.map(foldHeader);
  for (const field of IMPORT_FIELD_KEYS) {
    const index = folded.findIndex((h) => (IMPORT_FIELDS[field].headers as readonly string[]).includes(h));
    if (index >= 0 && !Object.values(mapping).includes(index)) mapping[field] = index;
  }
  return mapping;
}

/** Identifies a column layout, so a mapping chosen once is offered again for the same layout. */
export function headerSignature(headers: string[]) {
  return headers.map(foldHeader).join("|");
}
