import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

// Issue 13: the public record never says more than its sources. Each test replays a
// scenario from the issue that used to break the promise printed on every page.
// Each replays a whole workflow (many saves), so each gets more time than the default.
test.describe.configure({ timeout: 180_000 });

async function addFacility(page: Page, name: string) {
  await page.goto("/workspace/facilities/new");
  await page.getByLabel(/^Name/, { exact: false }).first().fill(name);
  await page.getByLabel(/^Type/).selectOption({ index: 1 });
  await page.getByLabel(/^Visibility/).selectOption("PUBLIC");
  await page.getByRole("button", { name: /Save|Add/ }).click();
  await expect(page).not.toHaveURL(/\/new$/);
}

test("Tsikhanouski's release: the 2024 'remain incarcerated' quote no longer supports 'Released'", async ({
  page,
  browser,
}) => {
  const title = `Tsikhanouski freed ${Date.now()}`;
  await signIn(page, "caseworker");
  await page.goto("/workspace/sources/new");
  await page.getByLabel(/^Title/).fill(title);
  await page.getByLabel(/^Published/).fill("2025-06-21");
  await page
    .getByLabel(/^Text/)
    .fill("Syarhey Tsikhanouski was released on 21 June 2025 and taken to Lithuania, his wife said.");
  // A new source asks who may read it instead of defaulting silently to internal.
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByText("Choose one of the options")).toBeVisible();
  await page.getByLabel(/^Who may read this source/).selectOption("PUBLIC");
  await page.getByRole("button", { name: "Add source" }).click();
  // Saved, back in the library. (A pattern for /workspace/sources/<id> matched the form's own
  // /workspace/sources/new: the test went on before the save, or failed when the save won.)
  await expect(page).toHaveURL(/\/workspace\/sources\?saved=source$/);

  await page.goto("/workspace/prisoners/syarhey-tsikhanouski");
  await page.getByRole("link", { name: "Record release" }).click();
  await page.getByLabel(/^Release date/).fill("2025-06-21");
  await page.getByLabel(/^Release type/).selectOption("FORCED_EXPULSION");
  await page.getByLabel(/^Source/).selectOption({ label: title });
  await page.getByLabel(/^Passage that reports the release/).fill("Syarhey Tsikhanouski was released on 21 June 2025");
  await page.getByLabel("Update the short biography too").check();
  await page
    .getByLabel(/^Short biography/)
    .fill("Husband of Sviatlana Tsikhanouskaya; released in June 2025 and taken to Lithuania.");
  await page.getByRole("button", { name: "Record the release" }).click();
  await expect(page.getByRole("status")).toContainText("Release recorded");

  const visitor = await browser.newPage();
  await visitor.goto("/prisoners/syarhey-tsikhanouski");
  await expect(visitor.locator("h1 + span")).toHaveText("Released");
  const detention = visitor.locator("dd").filter({ hasText: "Released" }).first();
  const refs = await detention
    .locator('a[href^="#note-"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute("href")));
  expect(refs.length).toBeGreaterThan(0);
  for (const ref of refs) {
    const note = visitor.locator(`li${ref}`);
    await expect(note).not.toContainText("remain incarcerated");
    await expect(note).toContainText("released on 21 June 2025");
  }
  // The old biography's quote described the detention: it no longer supports the new one.
  await expect(visitor.getByText("reported still imprisoned")).toHaveCount(0);
  await expect(visitor.getByTestId("status-evidence")).toContainText("21 June 2025");
  await visitor.close();
});

test("Znak's page dates his status by its latest evidence and counts days only up to it", async ({ page }) => {
  await page.goto("/prisoners/maksim-znak");
  await expect(page.getByTestId("status-evidence")).toContainText("Last confirmed 2024");
  await expect(page.getByTestId("status-evidence").getByRole("link")).toHaveAttribute("href", /\/sources\//);
  await expect(page.getByText(/^At least [\d,]+ days, .*up to the last confirmation on 2024/)).toBeVisible();
  await expect(page.getByText(/^About 2,\d{3} days/)).toHaveCount(0);
});

test("a restore that would open a second placement is refused with a message naming the current one", async ({
  page,
}) => {
  const stamp = Date.now();
  const colony = `Colony ${stamp}`;
  const prison = `Prison ${stamp}`;
  await signIn(page, "caseworker");
  await addFacility(page, colony);
  await addFacility(page, prison);

  // A held case: its detention, then a placement in the colony.
  await page.goto("/workspace/prisoners/new");
  await page.getByLabel(/^Display name/).fill(`Restore Case ${stamp}`);
  await page.getByLabel(/^Sort name/).fill(`Case ${stamp}, Restore`);
  await page.getByRole("button", { name: /Create|Save/ }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace/prisoners/restore-case-${stamp}`));
  const caseUrl = page.url().replace(/\?.*$/, "");
  await page.goto(`${caseUrl}/items/detentionEpisode/new`);
  await page.getByLabel(/^How/).selectOption("ARREST");
  await page.getByLabel(/^Arrest date/).fill("2021-01");
  await page.getByRole("button", { name: /Save|Add/ }).click();
  await expect(page).toHaveURL(/saved=detentionEpisode/);
  await page.goto(`${caseUrl}/items/placement/new`);
  await page.getByLabel(/^Facility/).selectOption({ label: colony });
  await page.getByLabel(/^From/).fill("2021-02");
  await page.getByRole("button", { name: /Save|Add/ }).click();
  await expect(page).toHaveURL(/saved=placement/);

  // The transfer: the colony placement ends, a prison placement begins.
  await page
    .getByRole("link", { name: new RegExp(colony) })
    .first()
    .click();
  await page.getByLabel(/^To/).fill("2023-05");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/saved=placement/);
  await page.goto(`${caseUrl}/items/placement/new`);
  await page.getByLabel(/^Facility/).selectOption({ label: prison });
  await page.getByLabel(/^From/).fill("2023-05");
  await page.getByRole("button", { name: /Save|Add/ }).click();
  await expect(page).toHaveURL(/saved=placement/);

  // Undoing the end of the colony placement would put the person in two places at once.
  await page.goto(`${caseUrl}/history?kind=placement`);
  const ending = page.getByTestId("revision").filter({ hasText: "Edited placement" }).first();
  await expect(ending.getByRole("row", { name: /Facility/ })).toHaveCount(0);
  await expect(ending).toContainText(colony);
  await ending.getByRole("link", { name: "Restore the version before this change…" }).click();
  const refusal = page.getByTestId("refusal");
  await expect(refusal).toContainText("at most one current placement");
  await expect(refusal).toContainText(prison);
  await expect(page.getByRole("button", { name: "Restore", exact: true })).toHaveCount(0);
});

test("publishing a case with an uncited public fact shows the preview and needs confirmation", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const slug = `preview-case-${stamp}`;
  await signIn(page, "caseworker");
  await page.goto("/workspace/prisoners/new");
  await page.getByLabel(/^Display name/).fill(`Preview Case ${stamp}`);
  await page.getByLabel(/^Sort name/).fill(`Case ${stamp}, Preview`);
  await page.getByLabel(/^Short public biography/).fill("A biography no source supports.");
  await page.getByRole("button", { name: /Create|Save/ }).click();
  await expect(page).toHaveURL(new RegExp(slug));

  await page.getByRole("link", { name: "Publish…" }).click();
  await expect(page.getByTestId("preview-summary")).toContainText("1 public fact has no public source");
  const preview = page.getByRole("article", { name: "Preview of the public page" });
  await expect(preview).toContainText("A biography no source supports.");
  await expect(preview.getByTestId("not-yet-sourced")).toHaveCount(1);

  // Without the explicit confirmation nothing is published.
  await page.getByRole("button", { name: "Publish this case" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was published" })).toBeVisible();
  const visitor = await browser.newContext();
  expect((await visitor.request.get(`${new URL(page.url()).origin}/prisoners/${slug}`)).status()).toBe(404);

  await page.getByLabel("Publish with 1 fact not yet sourced (recorded in the audit log)").check();
  await page.getByRole("button", { name: "Publish this case" }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  const published = await visitor.request.get(`${new URL(page.url()).origin}/prisoners/${slug}`);
  expect(published.status()).toBe(200);
  expect(await published.text()).toContain("not yet sourced");
  await visitor.close();
});
