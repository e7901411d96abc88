import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import { createTestDatabase, type TestDatabase } from "../support/database";

// The public API answers exactly what its OpenAPI document says: real route handlers on a
// real database, every answer checked by a JSON Schema validator (Ajv, draft 2020-12, the
// dialect of OpenAPI 3.1) against the document generated from the zod schemas. Before,
// `record` was an untyped object, 401 was undocumented and `status=BOGUS` was accepted.

type Operation = { responses: Record<string, { content?: Record<string, { schema: object }> }> };
type Document = { paths: Record<string, { get: Operation }> };

describe("public API contract", () => {
  let test: TestDatabase;
  let document: Document;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: false });
    process.env.DATABASE_URL = test.url;
    process.env.CASEBOOK_PUBLIC_URL = "https://casebook.example.org";
    const { openApiDocument } = await import("../../lib/api/openapi");
    // validate() rejects an invalid document; a valid one comes back dereferenced.
    await expect(SwaggerParser.validate(structuredClone(openApiDocument) as never)).resolves.toMatchObject({
      openapi: openApiDocument.openapi,
    });
    document = (await SwaggerParser.dereference(structuredClone(openApiDocument) as never)) as unknown as Document;
  });
  afterAll(() => test.drop());

  async function call(path: string, init: RequestInit = {}) {
    const url = new URL(path, "http://127.0.0.1:3000/api/v1/");
    const request = new Request(url, init);
    if (url.pathname === "/api/v1/prisoners") return (await import("../../app/api/v1/prisoners/route")).GET(request);
    const [, , , kind, id] = url.pathname.split("/");
    const params = { params: Promise.resolve({ slug: id ?? "", id: id ?? "" }) };
    if (kind === "prisoners") return (await import("../../app/api/v1/prisoners/[slug]/route")).GET(request, params);
    return (await import("../../app/api/v1/sources/[id]/route")).GET(request, params);
  }

  /** Validates a live answer against the document's schema for its path and status; returns the body. */
  async function expectConforming(response: Response, template: string, status: number) {
    expect(response.status).toBe(status);
    const documented = document.paths[template]?.get.responses[String(status)];
    expect(documented, `${template} documents ${status}`).toBeDefined();
    const type = response.headers.get("content-type")?.split(";")[0] ?? "";
    const schema = documented?.content?.[type]?.schema;
    expect(schema, `${template} ${status} documents ${type}`).toBeDefined();
    const body: unknown = await response.json();
    const validate = ajv.compile(schema!);
    expect(validate(body), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    return body;
  }

  it("lists, reads one record and one source as documented, with the configured origin in every link", async () => {
    const list = (await expectConforming(await call("prisoners?limit=3"), "/prisoners", 200)) as {
      data: { url: string }[];
    };
    expect(list.data).toHaveLength(3);
    expect(list.data.every((p) => p.url.startsWith("https://casebook.example.org/prisoners/"))).toBe(true);
    const maria = (await expectConforming(await call("prisoners/maria-kalesnikava"), "/prisoners/{slug}", 200)) as {
      record: { citations: unknown[] };
    };
    expect(maria.record.citations.length).toBeGreaterThan(0);
    await expectConforming(await call("sources/demo-source-003"), "/sources/{id}", 200);
  });

  it("refuses a bad parameter with 400 naming it and its allowed values, as documented", async () => {
    const problem = (await expectConforming(await call("prisoners?status=BOGUS"), "/prisoners", 400)) as {
      detail: string;
    };
    expect(problem.detail).toMatch(/^status: /);
    expect(problem.detail).toContain("DETAINED");
    const limit = (await expectConforming(await call("prisoners?limit=0"), "/prisoners", 400)) as { detail: string };
    expect(limit.detail).toMatch(/^limit: /);
  });

  it("answers 404 and 401 as documented problem details", async () => {
    await expectConforming(await call("prisoners/unpublished-example"), "/prisoners/{slug}", 404);
    await expectConforming(await call("sources/no-such-source"), "/sources/{id}", 404);
    const unauthorized = await call("prisoners", { headers: { authorization: "Bearer cbk_not-a-key" } });
    await expectConforming(unauthorized, "/prisoners", 401);
  });

  it("gives every operation an operationId and documents 401, 429, 500 and 503", () => {
    for (const [path, item] of Object.entries(document.paths)) {
      expect((item.get as { operationId?: string }).operationId, path).toMatch(/^[a-z][A-Za-z]+$/);
      for (const status of ["401", "429", "500", "503"])
        expect(item.get.responses[status], `${path} ${status}`).toBeDefined();
    }
  });
});
