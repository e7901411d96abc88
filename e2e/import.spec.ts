import { expect, test } from "@playwright/test";
import { signInAs } from "./session";

// A caseworker imports a list: the dry run shows every error with its row and column
// and blocks the import; a clean file imports after confirmation, unpublished.
test("a caseworker sees the dry run's errors, fixes the file, and imports it", async ({ page }) => {
  await signInAs(page, "caseworker");
  await page.goto("/workspace");
  await page.getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import a spreadsheet" })).toBeVisible();

  const header = "ID,Name,Імя па-беларуску,Date of birth,Detention date,Sentence,Prison";
  const broken = `${header}\nE2E-1,Raman Veras,Раман Верас,1988,31.02.2022,2 years,Prison No. 8\nE2E-2,Iryna Kruk,Ірына Крук,1975,12.05.2022,3 years,Prison No. 8\n`;
  await page
    .getByLabel(/Spreadsheet/)
    .setInputFiles({ name: "list.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: /Dry run: list\.csv/ })).toBeVisible();
  await expect(page.getByTestId("import-error")).toHaveText([/2\s*Detention date\s*"31\.02\.2022" is not a date/]);
  await expect(page.getByRole("button", { name: "Fix the errors first" })).toBeDisabled();

  await page.getByRole("link", { name: "← Another file" }).click();
  await page.getByLabel(/Spreadsheet/).setInputFiles({
    name: "list.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(broken.replace("31.02.2022", "28.02.2022")),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByLabel("Summary")).toContainText("To create2");
  await page.getByRole("button", { name: "Import 2 changes" }).click();
  await expect(page.getByRole("status")).toContainText("Imported: 2 created, 0 updated");

  await page.goto("/workspace?q=Раман");
  await expect(page.getByRole("link", { name: /Raman Veras/ })).toBeVisible();
  const anonymous = await page.context().browser()!.newContext();
  expect((await anonymous.request.get(`${new URL(page.url()).origin}/prisoners/raman-veras`)).status()).toBe(404);
  await anonymous.close();
});
