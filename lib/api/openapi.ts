// The public API's OpenAPI 3.1 description, served at /api/v1/openapi.json.
const dateString = {
  type: ["string", "null"],
  description: "ISO 8601 at the precision in the matching *Precision field",
};
const precision = { type: ["string", "null"], enum: ["DAY", "MONTH", "YEAR", "APPROXIMATE", null] };
const rateHeaders = {
  "RateLimit-Limit": { schema: { type: "integer" }, description: "Requests allowed per window" },
  "RateLimit-Remaining": { schema: { type: "integer" }, description: "Requests left in this window" },
  "RateLimit-Reset": { schema: { type: "integer" }, description: "Seconds until the window resets" },
};
const problem = {
  description: "Problem details (RFC 9457)",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Casebook public API",
    version: "1.0.0",
    description:
      "Read-only access to published case records of political prisoners. Only published people and public facts are returned; " +
      "family contact details, health notes and internal records never are. Every fact in `record` carries its citations. " +
      "Requests are rate limited per client (120 a minute); CORS is open. Partners may send an API key (`Authorization: Bearer cbk_…`, " +
      "issued by an admin): the rate limit is then per key, every use is audited, and a key with internal scope also reads internal facts " +
      "and unpublished records on `/prisoners/{slug}` (restricted data never).",
    license: { name: "AGPL-3.0-or-later" },
  },
  servers: [{ url: "/api/v1" }],
  security: [{}, { partnerKey: [] }],
  paths: {
    "/prisoners": {
      get: {
        summary: "List published prisoners",
        description:
          "Sorted by name. Follow `nextCursor` (pass it as `cursor`) until it is null. An unknown parameter, or a value outside a parameter's set, answers 400 naming the parameter and what it accepts.",
        parameters: [
          {
            name: "q",
            in: "query",
            schema: { type: "string" },
            description: "Name in any spelling or script (typos tolerated), charge, facility or words of the biography",
          },
          {
            name: "status",
            in: "query",
            schema: {
              type: "string",
              enum: [
                "DETAINED",
                "PRE_TRIAL",
                "CONVICTED",
                "UNDER_APPEAL",
                "RELEASED",
                "EXILED",
                "DECEASED",
                "DISAPPEARED",
                "UNKNOWN",
              ],
            },
          },
          { name: "custody", in: "query", schema: { type: "string", enum: ["held", "released"] } },
          { name: "region", in: "query", schema: { type: "string" } },
          { name: "facility", in: "query", schema: { type: "string" } },
          {
            name: "article",
            in: "query",
            schema: { type: "string" },
            description: "Criminal-code article, e.g. 342 or 342.1",
          },
          {
            name: "designation",
            in: "query",
            schema: { type: "string" },
            description: "Designating organisation, e.g. Viasna",
          },
          { name: "sentence", in: "query", schema: { type: "string", enum: ["under-2", "2-5", "5-10", "over-10"] } },
          {
            name: "updatedSince",
            in: "query",
            schema: { type: "string", format: "date" },
            description: "Only records whose public facts changed on or after this day",
          },
          { name: "cursor", in: "query", schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
        ],
        responses: {
          "200": {
            description: "A page of prisoners",
            headers: rateHeaders,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["data", "nextCursor"],
                  properties: {
                    data: { type: "array", items: { $ref: "#/components/schemas/PrisonerSummary" } },
                    nextCursor: { type: ["string", "null"] },
                  },
                },
              },
            },
          },
          "400": problem,
          "429": problem,
        },
      },
    },
    "/prisoners/{slug}": {
      get: {
        summary: "One published prisoner's public record",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "The record",
            headers: rateHeaders,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Prisoner" } } },
          },
          "401": problem,
          "404": problem,
          "429": problem,
        },
      },
    },
    "/sources/{id}": {
      get: {
        summary: "A public source with its stored text",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "The source",
            headers: rateHeaders,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Source" } } },
          },
          "404": problem,
          "429": problem,
        },
      },
    },
  },
  components: {
    securitySchemes: {
      partnerKey: { type: "http", scheme: "bearer", description: "A partner API key issued by an admin" },
    },
    schemas: {
      PrisonerSummary: {
        type: "object",
        required: ["slug", "name", "status", "held", "url"],
        properties: {
          slug: { type: "string" },
          name: { type: "string" },
          otherNames: { type: "array", items: { type: "string" } },
          status: { type: "string" },
          held: { type: "boolean" },
          detainedSince: dateString,
          detainedSincePrecision: precision,
          releasedOn: dateString,
          releasedOnPrecision: precision,
          sentenceMonths: { type: ["integer", "null"] },
          region: { type: ["string", "null"] },
          facility: { type: ["string", "null"] },
          lastUpdated: { type: "string", format: "date-time" },
          url: { type: "string", format: "uri" },
        },
      },
      Prisoner: {
        type: "object",
        required: ["slug", "name", "status", "held", "record"],
        properties: {
          slug: { type: "string" },
          name: { type: "string" },
          status: { type: "string" },
          held: { type: "boolean" },
          lastUpdated: { type: "string", format: "date-time" },
          url: { type: "string", format: "uri" },
          record: {
            type: "object",
            description:
              "The public record: person, names, prosecutions (charges, sentences), detentions, placements (facility and letter address), conditions, relatives (name and relation only), family contacts, lawyers, designations, timeline and citations. Citations of non-public sources carry `public: false` and no quote.",
            additionalProperties: true,
          },
        },
      },
      Source: {
        type: "object",
        required: ["id", "title", "text"],
        properties: {
          id: { type: "string" },
          title: { type: "string" },
          publisher: { type: ["string", "null"] },
          author: { type: ["string", "null"] },
          publishedDate: dateString,
          publishedDatePrecision: precision,
          language: { type: "string" },
          url: { type: ["string", "null"] },
          type: { type: "string" },
          text: { type: "string", description: "The stored snapshot that citations quote" },
          citedBy: {
            type: "array",
            items: { type: "object", properties: { slug: { type: "string" }, url: { type: "string" } } },
          },
          htmlUrl: { type: "string" },
        },
      },
      Problem: {
        type: "object",
        properties: {
          type: { type: "string" },
          title: { type: "string" },
          status: { type: "integer" },
          detail: { type: "string" },
        },
      },
    },
  },
} as const;
