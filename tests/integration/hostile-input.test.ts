// Issue 12: search answered 500 for a query of only punctuation (`'`, `"`), for NUL, and
// for an all-digit query such as `342` ("ORDER BY 0"); the API silently ignored
// status=FOO. These throw arbitrary strings (punctuation, NUL, digits, mixed scripts,
// 10 kB) at every public query parameter, path parameter and API parameter, through the
// route handlers themselves and through the very functions the public pages call, and
// require an answer (2xx, or 4xx with a message naming the parameter), never a 5xx or a
// throw. The count of inputs tried is printed at the end.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import { createTestDatabase, type TestDatabase } from "../support/database";

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
let tried = 0;

/** Strings a visitor, a scraper or an attacker might send. */
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("'", '"', "\0", "342", "342.1", "0", "-1", "''", "\\", "%", "_", ":*", "&", "|", "!", "<->", "()"),
  fc.constantFrom("'; DROP TABLE person; --", "a\0b", "Калеснікава'", "1e309", "NaN", "__proto__", "constructor"),
  fc.string({ unit: fc.constantFrom(..."'\"\\%_;:*&|!()<>-.,/?#[]{}~`^$@+=\0\t\n\r ") }),
  fc.stringMatching(/^\d{1,12}$/),
  fc.string({
    unit: fc.constantFrom("a", "Z", "я", "Ё", "і", "ў", "ł", "ś", "中", "ع", "א", "🙂", "1", " ", "'", "\0"),
  }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
  fc.string({ unit: "binary-ascii", minLength: 10_000, maxLength: 10_240 }),
);

function isNotFound(error: unknown) {
  return (
    error instanceof Error &&
    /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/.test(String((error as { digest?: string }).digest ?? error.message))
  );
}

async function property(check: (value: string) => Promise<void>) {
  await fc.assert(
    fc.asyncProperty(hostile, async (value) => {
      tried++;
      await check(value);
    }),
    { numRuns: RUNS },
  );
}

describe("no 5xx from any input", () => {
  let test: TestDatabase;
  let directory: typeof import("../../lib/public/directory");
  let directoryParams: typeof import("../../lib/public/directory-params");
  let publicQueries: typeof import("../../lib/public/queries");
  let campaigns: typeof import("../../lib/campaigns/queries");
  let pageLocale: typeof import("../../lib/i18n/page-locale");
  let list: typeof import("../../app/api/v1/prisoners/route");
  let prisoner: typeof import("../../app/api/v1/prisoners/[slug]/route");
  let source: typeof import("../../app/api/v1/sources/[id]/route");
  let views: typeof import("../../app/api/case-views/route");

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: false });
    // One published person charged under article 342, so that "342" has someone to find.
    const prosecution = await test.db.prosecution.findFirstOrThrow({
      where: { personId: "demo-ales-bialiatski", visibility: "PUBLIC" },
    });
    const article = await test.db.legalArticle.create({
      data: {
        code: "Criminal Code",
        article: "342",
        title: "Organisation of gross violations of public order",
        jurisdiction: "BY",
      },
    });
    await test.db.charge.create({ data: { prosecutionId: prosecution.id, legalArticleId: article.id } });
    await test.db.$executeRaw`SELECT refresh_public_person('demo-ales-bialiatski')`;
    process.env.DATABASE_URL = test.url;
    directory = await import("../../lib/public/directory");
    directoryParams = await import("../../lib/public/directory-params");
    publicQueries = await import("../../lib/public/queries");
    campaigns = await import("../../lib/campaigns/queries");
    pageLocale = await import("../../lib/i18n/page-locale");
    list = await import("../../app/api/v1/prisoners/route");
    prisoner = await import("../../app/api/v1/prisoners/[slug]/route");
    source = await import("../../app/api/v1/sources/[id]/route");
    views = await import("../../app/api/case-views/route");
  });
  afterAll(async () => {
    console.log(`Hostile input: ${tried} inputs tried, none answered 5xx.`);
    await test.drop();
  });

  /** The public API is rate limited per client; the fuzz is one client sending thousands. */
  const freshRateWindow = () => test.db.$executeRaw`DELETE FROM api_rate_window`;

  async function answers(response: Response, parameter?: string) {
    expect(response.status, await response.clone().text()).toBeLessThan(500);
    if (response.status === 400 && parameter) {
      const body = (await response.json()) as { detail?: string };
      expect(body.detail).toContain(parameter);
    }
    return response.status;
  }

  it("the cases replayed from the issue: ', \", NUL and 342 search sensibly, status=FOO is refused", async () => {
    for (const q of ["'", '"', "\0", "342"]) {
      const result = await directory.searchDirectory(directoryParams.parseDirectoryParams({ q }));
      expect(result.total).toBe(result.people.length);
      await freshRateWindow();
      const response = await list.GET(new Request(`http://casebook.test/api/v1/prisoners?q=${encodeURIComponent(q)}`));
      expect(response.status).toBe(200);
    }
    // Punctuation alone finds no one (rather than everyone); digits find the article's people.
    expect((await directory.searchDirectory(directoryParams.parseDirectoryParams({ q: "'" }))).total).toBe(0);
    const byArticle = await directory.searchDirectory(directoryParams.parseDirectoryParams({ q: "342" }));
    expect(byArticle.people.map((p) => p.slug)).toEqual(["ales-bialiatski"]);

    await freshRateWindow();
    const refused = await list.GET(new Request("http://casebook.test/api/v1/prisoners?status=FOO"));
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { detail: string };
    expect(problem.detail).toContain("status");
    expect(problem.detail).toContain("DETAINED, PRE_TRIAL, CONVICTED");
    await freshRateWindow();
    const unknown = await list.GET(new Request("http://casebook.test/api/v1/prisoners?stauts=DETAINED"));
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { detail: string }).detail).toContain("stauts: not a parameter");
  });

  it("the directory page's query parameters", async () => {
    for (const name of [...Object.keys(directoryParams.directoryParamsSchema.shape), "unknown"]) {
      await property(async (value) => {
        const params = directoryParams.parseDirectoryParams({ [name]: value });
        const page = await directory.searchDirectory(params);
        await directory.nameVariantsOf(page.people.map((p) => p.slug));
        expect(page.total).toBeGreaterThanOrEqual(0);
      });
    }
  }, 600_000);

  it("the public API's list parameters, through the route handler", async () => {
    const { API_LIST_PARAMETERS } = await import("../../lib/api/prisoners");
    for (const name of [...API_LIST_PARAMETERS, "unknown"]) {
      await property(async (value) => {
        await freshRateWindow();
        const url = `http://casebook.test/api/v1/prisoners?${name}=${encodeURIComponent(value)}`;
        await answers(await list.GET(new Request(url)), name === "unknown" ? "unknown" : name);
      });
    }
  }, 600_000);

  it("path parameters: API prisoner and source, case page, source page, campaign page, page language", async () => {
    await property(async (value) => {
      await freshRateWindow();
      const request = new Request(`http://casebook.test/api/v1/prisoners/${encodeURIComponent(value)}`);
      await answers(await prisoner.GET(request, { params: Promise.resolve({ slug: value }) }));
    });
    await property(async (value) => {
      await freshRateWindow();
      const request = new Request(`http://casebook.test/api/v1/sources/${encodeURIComponent(value)}`);
      await answers(await source.GET(request, { params: Promise.resolve({ id: value }) }));
    });
    await property(async (value) => {
      expect(await publicQueries.getPublicCase(value)).toBeNull();
    });
    await property(async (value) => {
      expect(await publicQueries.getPublicSource(value)).toBeNull();
    });
    await property(async (value) => {
      expect(await campaigns.getPublicCampaign(value)).toBeNull();
    });
    await property(async (value) => {
      try {
        await pageLocale.pageLocale(Promise.resolve({ locale: value }));
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    });
  }, 600_000);

  it("the view counter's body", async () => {
    await property(async (value) => {
      const response = await views.POST(
        new Request("http://casebook.test/api/case-views", { method: "POST", body: value }),
      );
      await answers(response);
    });
  }, 600_000);
});
