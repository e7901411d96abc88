import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";

// Issue 12, over HTTP against the production build: arbitrary strings (punctuation, NUL,
// digits, mixed scripts, 10 kB) in every public page's query parameters and path
// segments, the feeds, the view counter and the public API must answer 2xx, 3xx or 4xx,
// never 5xx. The Vitest twin (tests/integration/hostile-input.test.ts) runs many more
// inputs through the same handlers; this proves the rendered pages and Next's own
// routing hold too. The count of inputs tried is printed.
const RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 25);

const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "'",
    '"',
    "\0",
    "342",
    "342.1",
    "%",
    "\\",
    "{count}",
    "{query, plural, one {x}}",
    "</script>",
    "..",
    ".",
  ),
  fc.string({ unit: fc.constantFrom(..."'\"\\%_;:*&|!()<>-.,/?#[]{}~`^$@+=\0\t\n ") }),
  fc.stringMatching(/^\d{1,12}$/),
  fc.string({ unit: fc.constantFrom("a", "я", "і", "ў", "ł", "中", "ع", "🙂", "1", " ", "'", "\0") }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "binary-ascii", minLength: 10_000, maxLength: 10_240 }),
);

let tried = 0;
let address = 0;

/** Each request from its own address: the API's per-client limit would otherwise answer 429 to the fuzz itself. */
async function get(request: APIRequestContext, path: string) {
  tried++;
  address++;
  const response = await request.get(path, {
    headers: { "x-forwarded-for": `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}` },
    maxRedirects: 0,
  });
  expect(response.status(), `${path.slice(0, 200)} → ${(await response.text()).slice(0, 300)}`).toBeLessThan(500);
  return response;
}

async function fuzz(request: APIRequestContext, path: (value: string) => string) {
  await fc.assert(
    fc.asyncProperty(hostile, async (value) => {
      await get(request, path(value));
    }),
    { numRuns: RUNS },
  );
}

const enc = encodeURIComponent;

test.describe("no 5xx from any input, over HTTP", () => {
  test.describe.configure({ timeout: 600_000 });
  test.afterAll(() => console.log(`Hostile input over HTTP: ${tried} requests, none answered 5xx.`));

  test("the issue's cases", async ({ request }) => {
    for (const q of ["'", '"', "\0", "342"]) {
      expect((await get(request, `/prisoners?q=${enc(q)}`)).status()).toBe(200);
      expect((await get(request, `/be/prisoners?q=${enc(q)}`)).status()).toBe(200);
      expect((await get(request, `/api/v1/prisoners?q=${enc(q)}`)).status()).toBe(200);
    }
    // Punctuation alone: no results, and a hint saying what a search needs.
    expect(await (await get(request, `/prisoners?q=${enc("'")}`)).text()).toContain("at least one letter or digit");
    const refused = await get(request, "/api/v1/prisoners?status=FOO");
    expect(refused.status()).toBe(400);
    expect((await refused.json()).detail).toContain("status: must be one of DETAINED");
  });

  test("the directory's query parameters, in each language", async ({ request }) => {
    const names = [
      "q",
      "status",
      "custody",
      "region",
      "facility",
      "article",
      "designation",
      "sentence",
      "sort",
      "page",
    ];
    for (const name of names) await fuzz(request, (v) => `/prisoners?${name}=${enc(v)}`);
    await fuzz(request, (v) => `/ru/prisoners?q=${enc(v)}&page=${enc(v)}`);
  });

  test("path segments: case, source, campaign and language", async ({ request }) => {
    await fuzz(request, (v) => `/prisoners/${enc(v)}`);
    await fuzz(request, (v) => `/prisoners/${enc(v)}/feed.xml`);
    await fuzz(request, (v) => `/sources/${enc(v)}`);
    await fuzz(request, (v) => `/campaigns/${enc(v)}`);
    await fuzz(request, (v) => `/${enc(v)}/prisoners`);
    await fuzz(request, (v) => `/be/prisoners/${enc(v)}`);
    // Malformed percent-encoding and odd paths, as a scanner sends them.
    for (const path of [
      "/prisoners/%",
      "/prisoners/%E0%A4%A",
      "/prisoners/%00",
      "/%ff/prisoners",
      "/prisoners/%2e%2e/%2e%2e",
    ])
      await get(request, path);
  });

  test("the public API's parameters and the view counter", async ({ request }) => {
    const names = ["q", "status", "custody", "region", "facility", "article", "designation", "sentence"];
    for (const name of [...names, "updatedSince", "cursor", "limit", "unknown"])
      await fuzz(request, (v) => `/api/v1/prisoners?${name}=${enc(v)}`);
    await fuzz(request, (v) => `/api/v1/prisoners/${enc(v)}`);
    await fuzz(request, (v) => `/api/v1/sources/${enc(v)}`);
    await fc.assert(
      fc.asyncProperty(hostile, async (value) => {
        tried++;
        const response = await request.post("/api/case-views", {
          data: value,
          headers: { "content-type": "text/plain" },
        });
        expect(response.status()).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });
});
