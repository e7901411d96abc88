import { expect, test } from "@playwright/test";
import { signInAs } from "./session";
import { signIn } from "./sign-in";

test.describe("workspace", () => {
  test("the workspace sends visitors to sign in; a wrong password gets a calm message", async ({ page }) => {
    await page.goto("/workspace");
    await expect(page).toHaveURL(/\/login$/);
    await page.getByLabel("E-mail").fill("nobody@casebook.test");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#login-error")).toHaveText("The e-mail address or password is not right.");
  });

  test("a caseworker edits a case, sees the change in its history, and restores the earlier version", async ({
    page,
  }) => {
    await signInAs(page, "caseworker");
    await page.goto("/workspace");
    await page.getByLabel("Name (any spelling)").fill("Znak");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Maksim Znak" }).click();
    const before = (await page.locator('[data-field="occupation"]').textContent())!.trim();

    await page.getByRole("link", { name: "Edit person" }).click();
    await page.getByLabel("Occupation").fill("Lawyer and e2e test occupation");
    await page.getByRole("button", { name: "Save person" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved.");
    await expect(page.locator('[data-field="occupation"]')).toHaveText("Lawyer and e2e test occupation");

    await page.getByRole("link", { name: "History" }).click();
    const change = page.getByTestId("revision").filter({ hasText: "Edited the person" }).first();
    await expect(change.getByRole("row", { name: /Occupation/ })).toContainText(before);
    await expect(change.getByRole("row", { name: /Occupation/ })).toContainText("Lawyer and e2e test occupation");
    // The restore shows what it will change, and waits for a confirmation (issue 13).
    await change.getByRole("link", { name: "Restore the version before this change…" }).click();
    await expect(page.getByRole("row", { name: /Occupation/ })).toContainText(before);
    await page.getByRole("button", { name: "Restore", exact: true }).click();

    await expect(page.getByRole("status")).toContainText("Restored");
    await expect(page.getByTestId("revision").first()).toContainText("Restored the person as before the change");
    await page.getByRole("link", { name: "← Maksim Znak" }).click();
    await expect(page.locator('[data-field="occupation"]')).toHaveText(before);
  });

  // Issue 14: contact details are sealed at rest; the history hides them until shown on demand
  // (audited), and a caseworker can erase them for good.
  test("a caseworker's contact edit is hidden in the history until shown, and can be erased for good", async ({
    page,
  }) => {
    const item = "/workspace/prisoners/syarhey-tsikhanouski/items/relative/demo-syarhey-tsikhanouski-relative-0";
    await signIn(page, "caseworker");
    await page.goto(item);
    await page.getByLabel("Contact details", { exact: true }).fill("E2E-CONTACT-FIRST +000");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(/\?saved=relative/);
    await page.goto(item);
    await expect(page.getByLabel("Contact details", { exact: true })).toHaveValue("E2E-CONTACT-FIRST +000");
    await page.getByLabel("Contact details", { exact: true }).fill("E2E-CONTACT-SECOND +000");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(/\?saved=relative/);

    await page.goto("/workspace/prisoners/syarhey-tsikhanouski/history");
    const change = page.getByTestId("revision").filter({ hasText: "Edited relative" }).first();
    await expect(change.getByRole("row", { name: /Contact details/ })).toContainText("restricted value (hidden)");
    await expect(page.locator("body")).not.toContainText("E2E-CONTACT");
    await change.getByRole("link", { name: "Show the restricted values of this change" }).click();
    const shown = page.getByTestId("revision").filter({ hasText: "E2E-CONTACT-SECOND" });
    await expect(shown.getByRole("row", { name: /Contact details/ })).toContainText("E2E-CONTACT-FIRST +000");

    await page.goto(item);
    await page.getByText("Erase the contact details…").click();
    await page.getByRole("button", { name: "Erase the contact details for good" }).click();
    await expect(page.getByRole("status")).toContainText("Erased for good");
    await expect(page.getByLabel("Contact details", { exact: true })).toHaveValue("");
    await page.goto("/workspace/prisoners/syarhey-tsikhanouski/history");
    // Not necessarily the newest revision: record-integrity.spec edits the same case meanwhile.
    await expect(page.getByTestId("revision").filter({ hasText: "Erased the contact details for good" })).toHaveCount(
      1,
    );
  });

  test("two caseworkers edit the same item: the second save is refused with what changed, and keeps its input", async ({
    browser,
  }) => {
    const item = "/workspace/prisoners/viktor-babaryka/items/timelineEvent/demo-viktor-babaryka-event-0";
    const first = await browser.newContext();
    const second = await browser.newContext();
    const alice = await first.newPage();
    const bob = await second.newPage();
    await signInAs(alice, "caseworker");
    await signInAs(bob, "admin");
    await alice.goto(item);
    await bob.goto(item);

    await alice.getByLabel("Title").fill("Title saved first");
    await alice.getByRole("button", { name: "Save" }).click();
    // The event is cited: a new title asks whether the quote still supports it (issue 13).
    const review = alice.getByTestId("citation-review");
    await expect(review).toBeVisible();
    for (const choice of await review.getByLabel("Keep: it still supports the new value").all()) await choice.check();
    await alice.getByRole("button", { name: "Save" }).click();
    await expect(alice).toHaveURL(/\/workspace\/prisoners\/viktor-babaryka\?saved=timelineEvent/);

    await bob.getByLabel("Title").fill("Title from the second editor");
    await bob.getByLabel("Public text").fill("Bob's careful paragraph that must not be lost.");
    await bob.getByRole("button", { name: "Save" }).click();

    const conflict = bob.getByTestId("conflict");
    await expect(conflict).toContainText("Someone else saved this item");
    await expect(conflict).toContainText("Title saved first");
    await expect(conflict).toContainText("Demo Caseworker");
    await expect(bob.getByLabel("Title")).toHaveValue("Title from the second editor");
    await expect(bob.getByLabel("Public text")).toHaveValue("Bob's careful paragraph that must not be lost.");

    // Saving again is a deliberate choice to replace the other change.
    await bob.getByRole("button", { name: "Save my version anyway" }).click();
    const bobReview = bob.getByTestId("citation-review");
    await expect(bobReview).toBeVisible();
    for (const choice of await bobReview.getByLabel("Keep: it still supports the new value").all())
      await choice.check();
    await bob.getByRole("button", { name: "Save", exact: true }).click();
    await expect(bob).toHaveURL(/\?saved=timelineEvent/, { timeout: 20_000 });
    await expect(bob.getByRole("link", { name: "Title from the second editor" })).toBeVisible();
    await first.close();
    await second.close();
  });

  test("a campaigner reads internal items but a restricted item answers 404", async ({ page }) => {
    await signInAs(page, "campaigner");
    const internal = await page.goto(
      "/workspace/prisoners/maria-kalesnikava/items/timelineEvent/demo-maria-kalesnikava-event-4",
    );
    expect(internal?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "Sister reports her health is rapidly declining",
    );
    await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);

    const restricted = await page.goto(
      "/workspace/prisoners/maria-kalesnikava/items/healthNote/demo-maria-kalesnikava-health-0",
    );
    expect(restricted?.status()).toBe(404);
    await expect(page.getByText("Her sister reports that her health")).toHaveCount(0);

    await page.goto("/workspace/prisoners/maria-kalesnikava");
    await expect(page.getByRole("heading", { name: "Health" })).toBeVisible();
    await expect(page.locator("#healthNote")).toContainText("None recorded.");
    await expect(page.locator("body")).not.toContainText("CANARY-RESTRICTED");
  });

  test("workspace responses are not cached and carry a nonce-based policy; public pages a static one", async ({
    page,
    request,
  }) => {
    await signInAs(page, "caseworker");
    const response = await page.goto("/workspace");
    const headers = response!.headers();
    expect(headers["cache-control"]).toContain("no-store");
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    const publicPage = await request.get("/prisoners");
    expect(publicPage.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(publicPage.headers()["content-security-policy"]).not.toContain("nonce-");
  });

  test("signing out ends the session even for a copy of its cookie", async ({ page, browser }) => {
    await signIn(page, "campaigner");
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    const thief = await browser.newContext();
    await thief.addCookies(cookies);
    const stolen = await thief.newPage();
    await stolen.goto("/workspace");
    await expect(stolen).toHaveURL(/\/login$/);
    await thief.close();
  });
});
