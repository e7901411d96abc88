// The shape of public_person.record, as written by refresh_public_person() in SQL, as a
// zod schema: the API parses every record through it before answering (keys the schema
// does not name are dropped) and its OpenAPI document is generated from it
// (lib/api/openapi.ts). Dates are "YYYY-MM-DD" strings with a precision alongside.
// Safe to import from client components.
import { z } from "zod";

const precisionValues = ["DAY", "MONTH", "YEAR", "APPROXIMATE"] as const;
const date = z.string().nullable().meta({ description: "YYYY-MM-DD, at the precision alongside" });
const precision = z.enum(precisionValues).nullable();
const text = z.string().nullable();

const publicCitation = z.object({
  id: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  field: text,
  isPreferred: z.boolean(),
  public: z.literal(true),
  sourceId: z.string(),
  sourceTitle: z.string(),
  sourcePublisher: text,
  sourceDate: date,
  sourceDatePrecision: precision,
  quote: z.string().meta({ description: "The exact passage of the source's stored text" }),
  /** Where the source disagrees with the record (isPreferred false): what it says instead. */
  note: z.string().nullable().optional(),
});
const hiddenCitation = z.object({
  id: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  field: text,
  isPreferred: z.boolean(),
  public: z.literal(false).meta({ description: "The source is not public: no title, no quote" }),
});

export const publicCitationSchema = z.discriminatedUnion("public", [publicCitation, hiddenCitation]);
export type PublicCitation = z.infer<typeof publicCitationSchema>;

const facility = z.object({
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
});

export const publicRecordSchema = z
  .object({
    person: z.object({
      id: z.string(),
      slug: z.string(),
      displayName: z.string(),
      gender: z.string(),
      birthDate: date,
      birthDatePrecision: precision,
      occupation: text,
      region: text,
      citizenship: text,
      bio: text,
      photoUrl: text,
      interests: text,
      publishedAt: text,
    }),
    names: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        script: z.enum(["LATN", "CYRL"]),
        language: z.string(),
        kind: z.string(),
        isPrimary: z.boolean(),
      }),
    ),
    prosecutions: z.array(
      z.object({
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
              .object({
                code: z.string(),
                article: z.string(),
                part: z.string(),
                title: z.string(),
                jurisdiction: z.string(),
              })
              .nullable(),
          }),
        ),
        sentences: z.array(
          z.object({
            id: z.string(),
            termMonths: z.number().int().nullable(),
            regime: text,
            sentencedOn: date,
            sentencedOnPrecision: precision,
            startDate: date,
            startDatePrecision: precision,
            fineAmount: z.number().nullable(),
            fineCurrency: text,
            appealFiledOn: date,
            appealDecidedOn: date,
            appealOutcome: text,
          }),
        ),
      }),
    ),
    detentions: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        arrestDate: date,
        arrestDatePrecision: precision,
        arrestPlace: text,
        releaseDate: date,
        releaseDatePrecision: precision,
        releaseType: text,
        released: z.boolean(),
      }),
    ),
    placements: z.array(
      z.object({
        id: z.string(),
        fromDate: date,
        fromDatePrecision: precision,
        toDate: date,
        toDatePrecision: precision,
        facility,
      }),
    ),
    conditions: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        startDate: date,
        startDatePrecision: precision,
        endDate: date,
        endDatePrecision: precision,
        description: text,
      }),
    ),
    relatives: z.array(z.object({ id: z.string(), name: z.string(), relation: z.string() })),
    familyContacts: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        date: z.string(),
        datePrecision: z.enum(precisionValues),
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
        fromDatePrecision: precision,
        toDate: date,
        toDatePrecision: precision,
        note: text,
      }),
    ),
    healthNotes: z.array(z.object({ id: z.string(), text: z.string(), date, datePrecision: precision })),
    designations: z.array(
      z.object({
        id: z.string(),
        organisation: z.string(),
        kind: z.string(),
        date,
        datePrecision: precision,
        criteria: text,
        wgadOpinion: text,
      }),
    ),
    timeline: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        date: z.string(),
        datePrecision: z.enum(precisionValues),
        title: z.string(),
        text,
      }),
    ),
    citations: z.array(publicCitationSchema),
  })
  .meta({
    description:
      "The public record: only published people and public facts. Relatives carry name and relation only; citations of non-public sources carry `public: false` and no quote.",
  });

export type PublicRecord = z.infer<typeof publicRecordSchema>;
