// The shape of public_person.record, as written by refresh_public_person() in SQL, and the
// one place that JSON becomes a typed value. Dates are "YYYY-MM-DD" strings with a
// precision alongside. Parsing strips keys this schema does not list, and
// tests/integration/public-record.test.ts checks that every demo record parses to itself,
// so a field added to the SQL without being added here fails a test rather than vanishing.
import { z } from "zod";

const date = z.string().nullable();
const precision = z.enum(["DAY", "MONTH", "YEAR", "APPROXIMATE"]);
const optionalPrecision = precision.nullable();
const text = z.string().nullable();

const citationSubject = {
  id: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  field: text,
  isPreferred: z.boolean(),
};

const publicCitationSchema = z.discriminatedUnion("public", [
  z.object({
    ...citationSubject,
    public: z.literal(true),
    sourceId: z.string(),
    sourceTitle: z.string(),
    sourcePublisher: text,
    sourceDate: date,
    sourceDatePrecision: optionalPrecision,
    quote: z.string(),
    /** Where the source disagrees with the record (isPreferred false): what it says instead. */
    note: text.optional(),
  }),
  // A citation of a source the public may not read: only that an internal record exists.
  z.object({ ...citationSubject, public: z.literal(false) }),
]);

const personSchema = z.object({
  id: z.string(),
  slug: z.string(),
  displayName: z.string(),
  gender: z.string(),
  birthDate: date,
  birthDatePrecision: optionalPrecision,
  occupation: text,
  region: text,
  citizenship: text,
  bio: text,
  photoUrl: text,
  interests: text,
  publishedAt: text,
  // Added by 20261201170000_letters; absent from records projected before it.
  readsLanguages: text.optional(),
  letterDelivery: z.enum(["UNKNOWN", "REACHING", "SOME_WITHHELD", "NOT_REACHING"]).optional(),
  letterDeliveryAsOf: text.optional(),
});

const nameSchema = z.object({
  id: z.string(),
  text: z.string(),
  script: z.enum(["LATN", "CYRL"]),
  language: z.string(),
  kind: z.string(),
  isPrimary: z.boolean(),
});

const prosecutionSchema = z.object({
  id: z.string(),
  caseNumber: text,
  court: text,
  judge: text,
  prosecutor: text,
  status: z.string(),
  summary: text,
  charges: z.array(
    z.object({
      id: z.string(),
      description: text,
      article: z
        .object({ code: z.string(), article: z.string(), part: z.string(), title: z.string(), jurisdiction: z.string() })
        .nullable(),
    }),
  ),
  sentences: z.array(
    z.object({
      id: z.string(),
      termMonths: z.number().nullable(),
      regime: text,
      sentencedOn: date,
      sentencedOnPrecision: optionalPrecision,
      startDate: date,
      startDatePrecision: optionalPrecision,
      fineAmount: z.number().nullable(),
      fineCurrency: text,
      appealFiledOn: date,
      appealDecidedOn: date,
      appealOutcome: text,
    }),
  ),
});

const facilitySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  nameNative: text,
  type: z.string(),
  addressLocal: text,
  addressLatin: text,
  region: text,
  country: z.string(),
  letterGuidance: text,
  // The prison's name and guidance in the reader's language (20261201170000_letters).
  nameBe: text.optional(),
  nameRu: text.optional(),
  letterGuidanceBe: text.optional(),
  letterGuidanceRu: text.optional(),
});

export const publicRecordSchema = z.object({
  person: personSchema,
  names: z.array(nameSchema),
  prosecutions: z.array(prosecutionSchema),
  detentions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      arrestDate: date,
      arrestDatePrecision: optionalPrecision,
      arrestPlace: text,
      releaseDate: date,
      releaseDatePrecision: optionalPrecision,
      releaseType: text,
      released: z.boolean(),
    }),
  ),
  placements: z.array(
    z.object({
      id: z.string(),
      fromDate: date,
      fromDatePrecision: optionalPrecision,
      toDate: date,
      toDatePrecision: optionalPrecision,
      facility: facilitySchema,
    }),
  ),
  conditions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      startDate: date,
      startDatePrecision: optionalPrecision,
      endDate: date,
      endDatePrecision: optionalPrecision,
      description: text,
    }),
  ),
  relatives: z.array(z.object({ id: z.string(), name: z.string(), relation: z.string() })),
  familyContacts: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      date: z.string(),
      datePrecision: precision,
      note: text,
      relation: text,
    }),
  ),
  lawyers: z.array(
    z.object({
      id: z.string(),
      lawyerName: z.string(),
      status: z.string(),
      fromDate: date,
      fromDatePrecision: optionalPrecision,
      toDate: date,
      toDatePrecision: optionalPrecision,
      note: text,
    }),
  ),
  healthNotes: z.array(z.object({ id: z.string(), text: z.string(), date, datePrecision: optionalPrecision })),
  designations: z.array(
    z.object({
      id: z.string(),
      organisation: z.string(),
      kind: z.string(),
      date,
      datePrecision: optionalPrecision,
      criteria: text,
      wgadOpinion: text,
    }),
  ),
  timeline: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      date: z.string(),
      datePrecision: precision,
      title: z.string(),
      text,
    }),
  ),
  citations: z.array(publicCitationSchema),
  /** The newest dated public source confirming the custody status; null when none does. */
  statusEvidence: z
    .object({ date: z.string(), precision: optionalPrecision, sourceId: z.string(), sourceTitle: z.string() })
    .nullable()
    .optional(),
});

export type PublicRecord = z.infer<typeof publicRecordSchema>;
export type PublicCitation = z.infer<typeof publicCitationSchema>;

/** public_person.record as read from the database (Prisma gives it as untyped JSON). */
export function parsePublicRecord(json: unknown): PublicRecord {
  return publicRecordSchema.parse(json);
}

/**
 * The parts of a public record a letter row is built from (lib/exports/letter-row.ts): an
 * export reads these from the database and no more. Its citations, timeline and conditions
 * are half a record's size, and parsing them for 100,000 rows made an export's memory grow.
 */
export const LETTER_RECORD_PARTS = ["person", "names", "prosecutions", "detentions", "placements"] as const;
export const letterRecordSchema = publicRecordSchema.pick({
  person: true,
  names: true,
  prosecutions: true,
  detentions: true,
  placements: true,
});
export type LetterRecord = z.infer<typeof letterRecordSchema>;

export const publicNamesSchema = z.array(nameSchema);
