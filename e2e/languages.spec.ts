import { expect, test, type Page } from "@playwright/test";

// The e2e server sets no CASEBOOK_PUBLIC_URL, so the public origin is the local default.
const ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

// Readers choose English, Belarusian or Russian from the header. The language lives in
// the URL (/be/…, /ru/…; English unprefixed), so each page in each language is its own
// cacheable address, and a person's name is shown as that language writes it.

const KALESNIKAVA = { en: "Maria Kalesnikava", be: "Марыя Калеснікава", ru: "Мария Колесникова" } as const;

/**
 * The directory's count in the language's plural form. The demo has five published cases;
 * other browser tests publish cases of their own for a while, so the count is read, not
 * assumed, and its word must be the one the language's plural rules give that number.
 */
async function expectRecordCount(page: Page, locale: "be" | "ru", words: Record<"one" | "few" | "many", string>) {
  const status = page.getByRole("status");
  await expect(status).toHaveText(/^\d+ \S+$/);
  const [count, word] = (await status.innerText()).split(" ") as [string, string];
  expect(Number(count)).toBeGreaterThanOrEqual(5);
  expect(word).toBe(words[new Intl.PluralRules(locale).select(Number(count)) as "one" | "few" | "many"]);
}

test.describe("interface languages", () => {
  test("a reader switches language from the header and stays on the same case page @phone", async ({ page }) => {
    await page.goto("/prisoners/maria-kalesnikava");
    const languages = page.getByRole("navigation", { name: "Language" });
    await expect(languages.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");

    await languages.getByRole("link", { name: "Беларуская" }).click();
    await expect(page).toHaveURL(/\/be\/prisoners\/maria-kalesnikava$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "be");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(KALESNIKAVA.be);
    await expect(page.getByText("Іншыя напісанні:")).toBeVisible();
    await expect(page.getByRole("main").getByText(KALESNIKAVA.en, { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Храналогія", level: 2 })).toBeVisible();

    // The keyboard works the switcher as well as a pointer.
    await page.getByRole("navigation", { name: "Мова" }).getByRole("link", { name: "Русский" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/ru\/prisoners\/maria-kalesnikava$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(KALESNIKAVA.ru);
    await expect(page.getByRole("listitem").filter({ hasText: "Released with 122 other prisoners" })).toContainText(
      "декабрь 2025",
    );

    await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/prisoners\/maria-kalesnikava$/);
    expect(new URL(page.url()).pathname).toBe("/prisoners/maria-kalesnikava");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(KALESNIKAVA.en);
  });

  test("switching language keeps a search, and results show names in the reader's spelling @phone", async ({
    page,
  }) => {
    await page.goto("/prisoners?q=Kolesnikova");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Беларуская" }).click();
    await expect(page).toHaveURL(/\/be\/prisoners\?q=Kolesnikova$/);
    await expect(page.getByRole("status")).toHaveText("1 запіс па запыце «Kolesnikova»");
    const first = page.getByRole("main").getByRole("listitem").first();
    await expect(first.getByRole("link")).toContainText(KALESNIKAVA.be);
    await expect(first.getByTestId("matched-name")).toContainText("Супадзенне: Maria Kolesnikova");

    // The search form stays in the reader's language.
    const box = page.getByRole("searchbox");
    await box.fill("Бяляцкі");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/be\/prisoners\?q=/);
    await expect(page.getByRole("main").getByRole("listitem").first()).toContainText("Алесь Бяляцкі");
    await page.getByRole("main").getByRole("listitem").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/be\/prisoners\/ales-bialiatski$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Алесь Бяляцкі");
  });

  test("the client router learns an English page's query as the page was rendered with it", async ({ request }) => {
    // Next's config rewrites answered these with an empty x-nextjs-rewritten-query, so the
    // router filed /prisoners?page=2 under /prisoners' key and kept showing the first page.
    for (const address of [
      "/prisoners?q=Kolesnikova",
      "/prisoners/maria-kalesnikava/timeline?page=2",
      "/sources/demo-source-000?cite=x",
    ]) {
      const kinds: Record<string, string>[] = [
        {},
        { "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" },
      ];
      for (const prefetch of kinds) {
        const response = await request.get(address, { headers: { RSC: "1", ...prefetch } });
        expect(response.status(), address).toBe(200);
        const rendered = response.headers()["x-nextjs-rewritten-query"];
        if (rendered !== undefined) expect(rendered, address).toBe(address.split("?")[1]);
      }
    }
  });

  test("each language shows its own words, dates, plurals and names", async ({ page }) => {
    await page.goto("/be/prisoners");
    await expect(page.getByRole("heading", { name: "Вязні", level: 1 })).toBeVisible();
    await expectRecordCount(page, "be", { one: "запіс", few: "запісы", many: "запісаў" });
    await expect(page.getByRole("main").getByRole("link", { name: new RegExp(KALESNIKAVA.be) })).toBeVisible();
    await expect(page.getByText("Пад вартай з верасня 2020 г.")).toBeVisible();

    await page.goto("/ru/prisoners");
    await expect(page.getByRole("heading", { name: "Заключённые", level: 1 })).toBeVisible();
    await expectRecordCount(page, "ru", { one: "запись", few: "записи", many: "записей" });
    await expect(page.getByRole("main").getByRole("link", { name: new RegExp(KALESNIKAVA.ru) })).toBeVisible();

    await page.goto("/be/prisoners/maria-kalesnikava");
    const detention = page.getByRole("definition").filter({ hasText: "Гвалтоўнае знікненне" });
    await expect(detention).toContainText("Гвалтоўнае знікненне: 7 верасня 2020 г.");
    await expect(detention).toContainText("у выніку перамоў");
    await expect(page.getByRole("definition").filter({ hasText: "гадоў" }).first()).toContainText("11 гадоў");

    await page.goto("/ru/prisoners/maria-kalesnikava");
    await expect(page.getByRole("definition").filter({ hasText: "Насильственное исчезновение" })).toContainText(
      "7 сентября 2020 г.",
    );
    await expect(page.getByRole("definition").filter({ hasText: "лет" }).first()).toContainText("11 лет");

    await page.goto("/ru");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { name: "Последние обновления" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: new RegExp(KALESNIKAVA.ru) })).toBeVisible();
  });

  test("every page type declares its language, and tells crawlers its other languages", async ({ page, request }) => {
    for (const [locale, prefix] of [
      ["en", ""],
      ["be", "/be"],
      ["ru", "/ru"],
    ] as const) {
      for (const path of [
        "/",
        "/prisoners",
        "/prisoners/maria-kalesnikava",
        "/sources/demo-source-000",
        "/stats",
        "/about",
        "/campaigns/write-for-rights-2026-belarus",
      ]) {
        const address = path === "/" && prefix ? prefix : `${prefix}${path}`;
        const response = await page.goto(address);
        expect(response?.status(), address).toBe(200);
        await expect(page.locator("html"), address).toHaveAttribute("lang", locale);
        // Next may stream metadata into the body for browsers (and Googlebot, which runs scripts),
        // but puts it in <head> for crawlers that read only HTML, such as Yandex's, which
        // Belarusian and Russian readers search with.
        const html = await (
          await request.get(address, {
            headers: { "User-Agent": "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)" },
          })
        ).text();
        const head = html.slice(0, html.indexOf("</head>"));
        for (const [other, otherPrefix] of [
          ["en", ""],
          ["be", "/be"],
          ["ru", "/ru"],
          ["x-default", ""],
        ]) {
          // Absolute, from the configured public origin (issue 16); the root has no trailing slash.
          const href = `${ORIGIN}${path === "/" ? otherPrefix : `${otherPrefix}${path}`}`;
          expect(head, `${address} → ${other}`).toContain(`<link rel="alternate" hrefLang="${other}" href="${href}"/>`);
        }
        expect(head, address).toContain(`<link rel="canonical" href="${ORIGIN}${address === "/" ? "" : address}"/>`);
      }
    }
  });

  test("the case page describes the person to crawlers in the page's language", async ({ page }) => {
    await page.goto("/be/prisoners/maria-kalesnikava");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({ "@type": "Person", name: KALESNIKAVA.be });
    expect(jsonLd.alternateName).toEqual(expect.arrayContaining([KALESNIKAVA.en, KALESNIKAVA.ru]));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", KALESNIKAVA.be);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "be_BY");
  });

  test("case pages stay cached in every language", async ({ request }) => {
    // A page that read cookies or headers would be rendered per request and carry no cache state.
    // Bialiatski's case: no other browser test edits it, which would revalidate it in between.
    for (const path of [
      "/prisoners/ales-bialiatski",
      "/be/prisoners/ales-bialiatski",
      "/ru/prisoners/ales-bialiatski",
    ]) {
      await request.get(path);
      const again = await request.get(path);
      expect(again.status(), path).toBe(200);
      expect(again.headers()["x-nextjs-cache"], path).toMatch(/^(HIT|STALE)$/);
    }
  });

  // An unpublished person's 404 in every language is in public-safety.spec.ts.
  test("an unknown address answers 404 in its language, and an unknown language prefix is a 404", async ({
    page,
    request,
  }) => {
    await page.goto("/ru/no-such-page");
    await expect(page.getByRole("heading", { name: "Страница не найдена", level: 1 })).toBeVisible();
    expect((await request.get("/xx/prisoners/maria-kalesnikava")).status()).toBe(404);
  });

  test("English has one address: /en/… redirects to the unprefixed page", async ({ page }) => {
    await page.goto("/en/prisoners/maria-kalesnikava");
    expect(new URL(page.url()).pathname).toBe("/prisoners/maria-kalesnikava");
    await page.goto("/en");
    expect(new URL(page.url()).pathname).toBe("/");
  });

  test("the sitemap lists each page's Belarusian and Russian addresses", async ({ request }) => {
    // /sitemap.xml is an index; the cases are in its prisoners files.
    expect(await (await request.get("/sitemap.xml")).text()).toMatch(/<loc>[^<]*\/sitemap\/prisoners-0\.xml<\/loc>/);
    const sitemap = await (await request.get("/sitemap/prisoners-0.xml")).text();
    expect(sitemap).toMatch(/<loc>[^<]*\/prisoners\/maria-kalesnikava<\/loc>/);
    expect(sitemap).toMatch(/hreflang="be" href="[^"]*\/be\/prisoners\/maria-kalesnikava"/);
    expect(sitemap).toMatch(/hreflang="ru" href="[^"]*\/ru\/prisoners\/maria-kalesnikava"/);
    expect(sitemap).not.toContain("unpublished");
  });
});
