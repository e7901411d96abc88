import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "casebook-demo";

/** Signs in through the real form (exercises next-auth, the throttle and the audit log). */
export async function signIn(page: Page, role: "admin" | "caseworker" | "campaigner") {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(`${role}@casebook.test`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
}
