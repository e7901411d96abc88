import { expect, test } from "@playwright/test";
import { signInAs } from "./session";

// Public case pages are cached; publishing, editing and unpublishing must reach them at
// once (the workspace revalidates the page's cache tag after its transaction commits).
test("a caseworker publishes a case, edits it and unpublishes it; the public page follows each step at once", async ({
  page,
  browser,
}) => {
  const visitor = await browser.newContext();
  const publicPage = async () => visitor.request.get(`${new URL(page.url()).origin}/prisoners/e2e-publication-case`);

  await signInAs(page, "caseworker");
  await page.goto("/workspace/prisoners/new");
  await page.getByLabel(/^Display name/).fill("E2E Publication Case");
  await page.getByLabel(/^Sort name/).fill("Case, E2E Publication");
  await page.getByLabel(/^Short public biography/).fill("First public words.");
  await page.getByRole("button", { name: /Create|Save/ }).click();
  await expect(page).toHaveURL(/\/workspace\/prisoners\/e2e-publication-case/);
  expect((await publicPage()).status()).toBe(404);

  // Publishing goes through the preview; the unsourced biography needs an explicit confirmation (issue 13).
  await page.getByRole("link", { name: "Publish…" }).click();
  await page.getByLabel(/Publish with 1 fact not yet sourced/).check();
  await page.getByRole("button", { name: "Publish this case" }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  const first = await publicPage();
  expect(first.status()).toBe(200);
  expect(await first.text()).toContain("First public words.");

  await page.getByRole("link", { name: "Edit person" }).click();
  await page.getByLabel(/^Short public biography/).fill("Second public words.");
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  expect(await (await publicPage()).text()).toContain("Second public words.");

  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status")).toContainText("Unpublished");
  expect((await publicPage()).status()).toBe(404);
  await visitor.close();
});
