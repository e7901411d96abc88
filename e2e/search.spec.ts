import { expect, test } from "@playwright/test";

// Visitors arrive from a news article with one spelling of a name, in one script.
// Every spelling the issue lists must bring up the right person first.
const spellings: [query: string, person: string][] = [
  ...["Калеснікава", "Колесникова", "Kalesnikava", "Kolesnikova", "Kalesnikova", "Maryia", "Mariya", "Maria"].map(
    (q): [string, string] => [q, "Maria Kalesnikava"],
  ),
  ...["Бяляцкі", "Беляцкий", "Bialiatski", "Byalyatsky"].map((q): [string, string] => [q, "Ales Bialiatski"]),
];

test.describe("search by any spelling", () => {
  for (const [query, person] of spellings) {
    test(`${query} finds ${person}`, async ({ page }) => {
      await page.goto(`/prisoners?q=${encodeURIComponent(query)}`);
      const results = page.getByRole("main").getByRole("listitem");
      await expect(results.first().getByRole("link")).toContainText(person);
      await expect(results.first().getByTestId("matched-name")).toBeVisible();
    });
  }

  test("a visitor types a Cyrillic name with the keyboard and sees which spelling matched @phone", async ({ page }) => {
    await page.goto("/prisoners");
    const box = page.getByRole("searchbox");
    await box.fill("Беляцкий");
    await box.press("Enter");
    await expect(page).toHaveURL(/\?q=%D0%91/);
    const first = page.getByRole("main").getByRole("listitem").first();
    await expect(first).toContainText("Ales Bialiatski");
    await expect(first.getByTestId("matched-name")).toContainText("Алесь Беляцкий");
    await first.getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Ales Bialiatski", level: 1 })).toBeVisible();
  });

  test("a typo still finds the person, and a name that is not published finds nothing", async ({ page }) => {
    await page.goto("/prisoners?q=Kalesnikva");
    await expect(page.getByRole("main").getByRole("listitem").first()).toContainText("Maria Kalesnikava");
    await page.goto("/prisoners?q=Unpublished%20Example");
    await expect(page.getByText("No published record matches")).toBeVisible();
  });

  test("filters and sorting live in the URL and survive paging back", async ({ page }) => {
    await page.goto("/prisoners");
    await page.getByText("Filters and sorting").click();
    await page.getByLabel("Held or released").selectOption("held");
    await page.getByLabel("Sort by").selectOption("sentence");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/custody=held/);
    await expect(page).toHaveURL(/sort=sentence/);
    const results = page.getByRole("main").getByRole("listitem");
    await expect(results.filter({ hasText: "Maksim Znak" })).toHaveCount(1);
    await expect(results.filter({ hasText: "Maria Kalesnikava" })).toHaveCount(0);
    await expect(page.getByLabel("Held or released")).toHaveValue("held");
  });
});
