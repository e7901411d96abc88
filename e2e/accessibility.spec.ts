import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// axe on every public page type, at desktop and phone widths (@phone runs on a Pixel 7),
// in English and in the Belarusian and Russian interfaces (longer words, other scripts,
// html lang and the language switcher).
const englishPages = [
  ["home", "/"],
  ["statistics", "/stats"],
  ["directory", "/prisoners"],
  ["directory with a search and filters", "/prisoners?q=Kolesnikova&custody=released"],
  ["case", "/prisoners/maria-kalesnikava"],
  ["source", "/sources/demo-source-000"],
] as const;
const pages = [
  ...englishPages,
  ...(["be", "ru"] as const).flatMap((locale) =>
    englishPages.map(
      ([name, path]) => [`${locale} ${name}`, path === "/" ? `/${locale}` : `/${locale}${path}`] as const,
    ),
  ),
];

for (const [name, path] of pages) {
  test(`axe finds no violations on the ${name} page @phone`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
