import fs from "node:fs";
import Papa from "papaparse";
import { expect, test } from "@playwright/test";
import { signInAs } from "./session";

test.describe("campaigns", () => {
  test("a campaigner builds a campaign from three cases, overrides a summary, records tallies and downloads the CSV", async ({
    page,
  }) => {
    await signInAs(page, "campaigner");
    await page.goto("/workspace");
    await page.getByRole("link", { name: "Campaigns" }).click();
    await expect(page.getByRole("heading", { name: "Campaigns", level: 1 })).toBeVisible();
    await page.getByLabel(/^Name/).fill("E2E letters for Belarus");
    await page.getByLabel(/^Year/).fill("2026");
    await page.getByRole("button", { name: "Create campaign" }).click();
    await expect(page.getByRole("heading", { name: "E2E letters for Belarus", level: 1 })).toBeVisible();
    const campaignUrl = page.url();

    for (const [query, name] of [
      ["Kalesnikava", "Maria Kalesnikava"],
      ["Бяляцкі", "Ales Bialiatski"],
      ["Znak", "Maksim Znak"],
    ] as const) {
      await page.getByLabel("Name, charge or prison").fill(query);
      await page.getByRole("button", { name: "Find" }).click();
      await page.getByRole("button", { name: `Add ${name}` }).click();
      await expect(page.getByRole("status")).toHaveText("Case added to the campaign.");
    }
    const cases = page.locator("#cases li");
    await expect(cases).toHaveCount(3);

    await cases
      .filter({ hasText: /^\s*\d+\. Maria Kalesnikava/ })
      .getByRole("link", { name: "Letter details and tallies" })
      .click();
    await expect(page.getByRole("heading", { name: /letter details/, level: 1 })).toBeVisible();
    await page
      .getByLabel(/^Appeal summary/)
      .fill("Maria stayed in Belarus and tore up her passport. Send her a card of thanks.");
    await page.getByRole("button", { name: "Save letter details" }).click();
    await expect(page.getByRole("status")).toHaveText("Letter details saved.");
    await expect(page.locator("#cases li").filter({ hasText: /^\s*\d+\. Maria Kalesnikava/ })).toContainText(
      "Send her a card of thanks",
    );

    await page
      .locator("#cases li")
      .filter({ hasText: /^\s*\d+\. Maria Kalesnikava/ })
      .getByRole("link", { name: "Letter details and tallies" })
      .click();
    await expect(page.getByRole("heading", { name: /letter details/, level: 1 })).toBeVisible();
    await page.getByLabel(/^How many/).fill("25");
    await page.getByLabel(/^Group/).fill("E2E group");
    await page.getByRole("button", { name: "Record" }).click();
    await expect(page.getByRole("status")).toHaveText("Tally recorded.");
    await expect(page.getByText("25 in all")).toBeVisible();

    await page.goto(campaignUrl);
    await expect(page.getByText("25 letters and actions recorded")).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the letter list as CSV" }).click(),
    ]);
    const csv = fs.readFileSync(await download.path(), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.name)).toEqual(["Maria Kalesnikava", "Ales Bialiatski", "Maksim Znak"]);
    expect(rows[0]?.summary).toBe("Maria stayed in Belarus and tore up her passport. Send her a card of thanks.");
    expect(rows[1]?.name_native).toBe("Алесь Бяляцкі");
    expect(csv).not.toContain("CANARY");
  });

  test("a draft campaign has no public page; the published demo campaign has one", async ({ page, request }) => {
    expect((await request.get("/campaigns/no-such-campaign")).status()).toBe(404);
    await page.goto("/campaigns/write-for-rights-2026-belarus");
    await expect(page.getByRole("heading", { name: "Write for Rights 2026: Belarus", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Maksim Znak" })).toBeVisible();
    await expect(page.getByText("Prosecutor General of the Republic of Belarus").first()).toBeVisible();
  });
});
