import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

// Issue 12, replayed against the production build: upload bombs are refused with a message
// naming the limit while the app keeps answering, bodies over the limit get 413 (not 500),
// and cached public pages refuse injected inline event handlers.

test("a spreadsheet with a cell in column XFD is refused with a message, and the app keeps answering", async ({
  page,
}) => {
  await signIn(page, "caseworker");
  await page.goto("/workspace/import");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("People");
  sheet.getRow(1).values = ["Name", "Date of birth"];
  sheet.getCell("A2").value = "Ivan Petrov";
  sheet.getCell("XFD2").value = "x";
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel(/Spreadsheet/).setInputFiles({ name: "bomb.xlsx", mimeType: "application/zip", buffer });
  await page.getByRole("button", { name: "Check the file" }).click();
  // The first upload starts the parse worker (several seconds on a busy machine).
  await expect(page.getByText(/a cell in column XFD/)).toBeVisible({ timeout: 60_000 });
  expect((await page.request.get("/api/health")).status()).toBe(200);
});

test("a file over its limit is refused in the browser at once, naming the limit", async ({ page }) => {
  await signIn(page, "caseworker");
  await page.goto("/workspace/sources/new");
  await page.getByLabel(/Or upload the saved web page/).setInputFiles({
    name: "page.html",
    mimeType: "text/html",
    buffer: Buffer.alloc(3 * 1024 * 1024 + 1, "a"),
  });
  await expect(page.getByText(/larger than 3 MB, the limit for this upload/)).toBeVisible();
  // The import form's field is the same component, with its own limit in its label.
  await page.goto("/workspace/import");
  await expect(page.getByText("Spreadsheet (CSV or XLSX, up to 10 MB)")).toBeVisible();
});

test("a request body over the limit answers 413 naming it, before the server reads it", async ({ page }) => {
  await signIn(page, "caseworker");
  const response = await page.request.post("/workspace/import", {
    multipart: { file: { name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(12 * 1024 * 1024, "a") } },
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("larger than 11 MB");
  expect((await page.request.get("/api/health")).status()).toBe(200);
});

test("a cached public case page runs Next's scripts but refuses an injected inline event handler", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/prisoners/maksim-znak");
  expect(response!.headers()["content-security-policy"]).toContain("script-src-attr 'none'");
  // Hydrated: Next's inline bootstrap ran under the policy.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.waitForFunction(() => "__next_f" in self);
  expect(violations).toEqual([]);

  const injected = await page.evaluate(async () => {
    const holder = document.createElement("div");
    holder.innerHTML = `<img src="data:," onerror="window.__injected = true">`;
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return (window as unknown as { __injected?: boolean }).__injected ?? false;
  });
  expect(injected).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
