// The public API's OpenAPI 3.1 document, served at /api/v1/openapi.json, generated from
// the zod schemas that parse its requests and shape its answers (lib/api/schemas.ts), so
// the two cannot drift apart.
import { z } from "zod";
import {
  internalPrisonerSchema,
  listQuerySchema,
  prisonerListSchema,
  prisonerSchema,
  problemSchema,
  sourceSchema,
} from "./schemas";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function queryParameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...fieldSchema } = jsonSchema(field as z.ZodType, "input");
    return {
      name,
      in: "query",
      required: false,
      schema: fieldSchema,
      ...(typeof description === "string" ? { description } : {}),
    };
  });
}

const rateHeaders = {
  "RateLimit-Limit": { schema: { type: "integer" }, description: "Requests allowed per window" },
  "RateLimit-Remaining": { schema: { type: "integer" }, description: "Requests left in this window" },
  "RateLimit-Reset": { schema: { type: "integer" }, description: "Seconds until the window resets" },
};

const problem = (description: string, headers: Record<string, unknown> = {}) => ({
  description,
  headers,
  content: { "application/problem+json": { schema: ref("Problem") } },
});

const retryAfter = { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait before retrying" } };

/** The answers every operation may give besides its own. */
const commonErrors = {
  "401": problem("The API key is not valid or has been revoked (requests without a key are anonymous, not refused)"),
  "429": problem("Too many requests from this client or key", { ...rateHeaders, ...retryAfter }),
  "500": problem("An unexpected error; the request may be retried later"),
  "503": problem("The database cannot be reached; retry after Retry-After seconds", retryAfter),
};

const json = (schema: JsonSchema) => ({ "application/json": { schema } });

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
    license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
  },
  servers: [{ url: "/api/v1" }],
  security: [{}, { partnerKey: [] }],
  paths: {
    "/prisoners": {
      get: {
        operationId: "listPrisoners",
        summary: "List published prisoners",
        description:
          "Sorted by name. Follow `nextCursor` (pass it as `cursor`) until it is null. An unknown parameter, or a value outside a parameter's set, answers 400 naming the parameter and what it accepts.",
        parameters: queryParameters(listQuerySchema),
        responses: {
          "200": { description: "A page of prisoners", headers: rateHeaders, content: json(ref("PrisonerList")) },
          "400": problem("A query parameter is not valid: the detail names it and, for a list, its allowed values"),
          ...commonErrors,
        },
      },
    },
    "/prisoners/{slug}": {
      get: {
        operationId: "getPrisoner",
        summary: "One published prisoner's public record",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "The record (the internal view only to a partner key with internal scope)",
            headers: rateHeaders,
            content: json({ oneOf: [ref("Prisoner"), ref("InternalPrisoner")] }),
          },
          "404": problem("No published person has this slug"),
          ...commonErrors,
        },
      },
    },
    "/sources/{id}": {
      get: {
        operationId: "getSource",
        summary: "A public source with its stored text",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "The source", headers: rateHeaders, content: json(ref("Source")) },
          "404": problem("No public source has this id"),
          ...commonErrors,
        },
      },
    },
  },
  components: {
    securitySchemes: {
      partnerKey: { type: "http", scheme: "bearer", description: "A partner API key issued by an admin" },
    },
    schemas: {
      PrisonerList: jsonSchema(prisonerListSchema, "output"),
      Prisoner: jsonSchema(prisonerSchema, "output"),
      InternalPrisoner: jsonSchema(internalPrisonerSchema, "output"),
      Source: jsonSchema(sourceSchema, "output"),
      Problem: jsonSchema(problemSchema, "output"),
    },
  },
};
