// The shape of public_person.record, as written by refresh_public_person() in SQL.
// Dates are "YYYY-MM-DD" strings with a precision alongside.
import type { DatePrecision } from "../dates/partial-date";

type D = string | null;
type P = DatePrecision | null;

export type PublicCitation =
  | {
      id: string; subjectType: string; subjectId: string; field: string | null; isPreferred: boolean; public: true;
      sourceId: string; sourceTitle: string; sourcePublisher: string | null; sourceDate: D; sourceDatePrecision: P; quote: string;
      /** Where the source disagrees with the record (isPreferred false): what it says instead. */
      note?: string | null;
    }
  | { id: string; subjectType: string; subjectId: string; field: string | null; isPreferred: boolean; public: false };

export type PublicRecord = {
  person: {
    id: string; slug: string; displayName: string; gender: string; birthDate: D; birthDatePrecision: P;
    occupation: string | null; region: string | null; citizenship: string | null; bio: string | null;
    photoUrl: string | null; interests: string | null; publishedAt: string | null;
  };
  names: { id: string; text: string; script: "LATN" | "CYRL"; language: string; kind: string; isPrimary: boolean }[];
  prosecutions: {
    id: string; caseNumber: string | null; court: string | null; judge: string | null; prosecutor: string | null;
    status: string; summary: string | null;
    charges: { id: string; description: string | null; article: { code: string; article: string; part: string; title: string; jurisdiction: string } | null }[];
    sentences: {
      id: string; termMonths: number | null; regime: string | null; sentencedOn: D; sentencedOnPrecision: P;
      startDate: D; startDatePrecision: P; fineAmount: number | null; fineCurrency: string | null;
      appealFiledOn: D; appealDecidedOn: D; appealOutcome: string | null;
    }[];
  }[];
  detentions: {
    id: string; kind: string; arrestDate: D; arrestDatePrecision: P; arrestPlace: string | null;
    releaseDate: D; releaseDatePrecision: P; releaseType: string | null; released: boolean;
  }[];
  placements: {
    id: string; fromDate: D; fromDatePrecision: P; toDate: D; toDatePrecision: P;
    facility: { id: string; slug: string; name: string; nameNative: string | null; type: string; addressLocal: string | null; addressLatin: string | null; region: string | null; country: string; letterGuidance: string | null };
  }[];
  conditions: { id: string; kind: string; startDate: D; startDatePrecision: P; endDate: D; endDatePrecision: P; description: string | null }[];
  relatives: { id: string; name: string; relation: string }[];
  familyContacts: { id: string; kind: string; date: string; datePrecision: DatePrecision; note: string | null; relation: string | null }[];
  lawyers: { id: string; lawyerName: string; status: string; fromDate: D; fromDatePrecision: P; toDate: D; toDatePrecision: P; note: string | null }[];
  healthNotes: { id: string; text: string; date: D; datePrecision: P }[];
  designations: { id: string; organisation: string; kind: string; date: D; datePrecision: P; criteria: string | null; wgadOpinion: string | null }[];
  timeline: { id: string; type: string; date: string; datePrecision: DatePrecision; title: string; text: string | null }[];
  citations: PublicCitation[];
  /** The newest dated public source confirming the custody status; null when none does. */
  statusEvidence?: { date: string; precision: DatePrecision | null; sourceId: string; sourceTitle: string } | null;
};
