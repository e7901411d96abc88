import type { PublicRecord } from "./record";

// schema.org Person for search engines, from public fields of the projection only:
// name, other spellings, birth date (as precise as it is known), gender, consented photo.

const GENDER: Record<string, string> = { FEMALE: "https://schema.org/Female", MALE: "https://schema.org/Male" };

/** `name` is the spelling the page shows (the Belarusian form on a Belarusian page); the others are alternate names. */
export function personJsonLd(record: PublicRecord, name = record.person.displayName): string {
  const { person, names } = record;
  const birthDate = person.birthDate && (person.birthDatePrecision === "YEAR" ? person.birthDate.slice(0, 4)
    : person.birthDatePrecision === "MONTH" ? person.birthDate.slice(0, 7) : person.birthDatePrecision === "DAY" ? person.birthDate : null);
  const data = {
    "@context": "https://schema.org",
    "@type": "Person",
    name,
    alternateName: [person.displayName, ...names.map((n) => n.text)].filter((text, i, all) => text !== name && all.indexOf(text) === i),
    ...(birthDate ? { birthDate } : {}),
    ...(GENDER[person.gender] ? { gender: GENDER[person.gender] } : {}),
    ...(person.photoUrl ? { image: person.photoUrl } : {}),
    ...(person.occupation ? { jobTitle: person.occupation } : {}),
  };
  // "<" is escaped so that no text can close the script element.
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
