import { expect, test } from "@playwright/test";

test.describe("public case pages", () => {
  test("a visitor opens the directory, Kalesnikava's page, and follows a citation to the passage @phone", async ({
    page,
  }) => {
    await page.goto("/prisoners");
    await expect(page.getByRole("heading", { name: "Prisoners", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: /Maria Kalesnikava/ }).click();

    await expect(page).toHaveURL(/\/prisoners\/maria-kalesnikava$/);
    await expect(page.getByRole("heading", { name: "Maria Kalesnikava", level: 1 })).toBeVisible();
    await expect(page.getByText("Марыя Калеснікава")).toBeVisible();
    const release = page.getByRole("listitem").filter({ hasText: "Released with 122 other prisoners" });
    await expect(release).toContainText("December 2025");

    // The release event's first footnote, then the source link in the notes list.
    await release
      .getByRole("link", { name: /Source \d+/ })
      .first()
      .click();
    const note = page.locator("li:target");
    await expect(note).toContainText("was released from prison along with 122 other detainees");
    await note.getByRole("link").click();

    await expect(page).toHaveURL(/\/sources\/demo-source-000\?cite=/);
    const passage = page.locator('mark[data-selected="true"]');
    await expect(passage).toContainText("was released from prison along with 122 other detainees");
    await expect(passage.first()).toBeInViewport();
  });

  test("reading a case page does not make the browser fetch every cited source page", async ({ page }) => {
    // Next prefetches each link that scrolls into view; a case page has one per cited fact.
    const sourceFetches: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "fetch" && new URL(request.url()).pathname.startsWith("/sources/"))
        sourceFetches.push(request.url());
    });
    await page.goto("/prisoners/maria-kalesnikava");
    const notes = page.locator('li[id^="note-"]');
    await expect(notes.first()).toBeAttached();
    expect(await notes.count()).toBeGreaterThan(10);
    await notes.last().scrollIntoViewIfNeeded();
    // Prefetches start as soon as a link shows; with every note in view, wait for quiet.
    await page.waitForLoadState("networkidle");
    expect(sourceFetches.filter((url) => url.includes("cite="))).toEqual([]);
  });

  test("restricted details never reach a public page", async ({ request }) => {
    const pages = [
      "/",
      "/prisoners",
      "/about",
      "/prisoners/maria-kalesnikava",
      "/sources/demo-source-002",
      "/sources/demo-source-003",
      "/api/health",
    ];
    for (const path of pages) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const body = await response.text();
      expect(body, path).not.toContain("CANARY-RESTRICTED");
      expect(body, path).not.toContain("Sister reports her health");
    }
  });

  test("the health endpoint reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
  });
});
