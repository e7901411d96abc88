import { expect, test } from "@playwright/test";
import { totpAt } from "../lib/auth/totp";
import { signIn } from "./sign-in";

test.describe("accounts", () => {
  test("an admin creates an account; its owner turns on two-factor sign-in and then needs a code; deactivation ends their live session", async ({
    page,
    browser,
  }) => {
    await signIn(page, "admin");
    await page.getByRole("link", { name: "Users" }).click();
    await page.getByLabel("E-mail").fill("two-factor@casebook.test");
    await page.getByLabel("Name", { exact: false }).fill("Two Factor");
    await page.locator("#new-user-role").selectOption("CAMPAIGNER");
    await page.getByLabel("Initial password").fill("a long initial password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toHaveText("Account created.");
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: "Two Factor" })
        .getByText("two-factor@casebook.test", { exact: true }),
    ).toBeVisible();

    const context = await browser.newContext();
    const owner = await context.newPage();
    const login = async () => {
      await owner.goto("/login");
      await owner.getByLabel("E-mail").fill("two-factor@casebook.test");
      await owner.getByLabel("Password").fill("a long initial password");
      await owner.getByRole("button", { name: "Sign in" }).click();
    };
    await login();
    await expect(owner).toHaveURL(/\/workspace$/);
    await owner.getByRole("link", { name: "Two-factor" }).click();
    await owner.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    const secret = (await owner.getByTestId("totp-secret").textContent())!.trim();
    await owner.getByLabel("Code from your authenticator app").fill(totpAt(secret, Date.now()));
    await owner.getByRole("button", { name: "Turn on" }).click();
    await expect(owner.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);

    await owner.goto("/workspace");
    await owner.getByRole("button", { name: "Sign out" }).click();
    // Signing out redirects to /login (a full page load: another root layout); wait for it,
    // or the next navigation races it.
    await expect(owner).toHaveURL(/\/login$/);
    await login();
    await expect(owner.locator("#login-error")).toContainText("authenticator app");
    await owner.getByLabel("Authentication code").fill(totpAt(secret, Date.now() + 30_000));
    await owner.getByRole("button", { name: "Sign in" }).click();
    await expect(owner).toHaveURL(/\/workspace$/);

    // Deactivation ends the owner's live session on their very next request.
    await page.goto("/workspace/users");
    const row = page.getByRole("listitem").filter({ hasText: "two-factor@casebook.test" });
    await row.getByText("Deactivate…").click();
    await row.getByRole("button", { name: "Deactivate two-factor@casebook.test" }).click();
    await expect(page.getByRole("status")).toContainText("open sessions have ended");
    await owner.goto("/workspace");
    await expect(owner).toHaveURL(/\/login$/);
    await context.close();
  });
});
