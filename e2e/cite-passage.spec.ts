import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./session";

// Not cited by the demo data, so the footnote it gets is this test's own.
const PASSAGE = "who became a symbol of resistance during the 2020 protests against Alexander Lukashenko's regime";
const TITLE = "A symbol of resistance in the 2020 protests";

/** Drags the mouse across a passage of the reading view, as a caseworker selecting it would. */
async function dragAcross(page: Page, passage: string) {
  const box = await page.getByTestId("source-text").evaluate((container, wanted) => {
    const start = (container.textContent ?? "").indexOf(wanted);
    if (start < 0) throw new Error("passage not in the text");
    // The character boxes of the passage's first and last characters.
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const boxOf = (at: number) => {
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = (node.textContent ?? "").length;
        if (at < seen + length) {
          const range = document.createRange();
          range.setStart(node, at - seen);
          range.setEnd(node, at - seen + 1);
          const r = range.getBoundingClientRect();
          walker.currentNode = container;
          return { left: r.left, right: r.right, y: r.top + r.height / 2 };
        }
        seen += length;
      }
      throw new Error("offset beyond the text");
    };
    // Bring the passage to the middle of the window first, so the drag never reaches an
    // edge (which would scroll the page under the pointer).
    const top = boxOf(start).y;
    window.scrollBy(0, top - window.innerHeight / 3);
    return { first: boxOf(start), last: boxOf(start + wanted.length - 1) };
  }, passage);
  await page.mouse.move(box.first.left + 1, box.first.y);
  await page.mouse.down();
  await page.mouse.move((box.first.left + box.last.right) / 2, (box.first.y + box.last.y) / 2, { steps: 5 });
  await page.mouse.move(box.last.right - 1, box.last.y, { steps: 5 });
  await page.mouse.up();
}

test("a caseworker selects a passage in a source, creates a timeline event from it and publishes it; the public footnote leads back to the highlighted passage", async ({
  page,
  browser,
}) => {
  // One more step than before (the date is no longer pre-filled): allow a loaded machine the time.
  test.slow();
  await signInAs(page, "caseworker");
  await page.goto("/workspace/sources/demo-source-002");
  await dragAcross(page, PASSAGE);

  const bar = page.getByRole("region", { name: "Selected passage" });
  await expect(bar).toContainText(PASSAGE.slice(0, 60));
  await bar.getByRole("link", { name: "Cite this passage" }).click();

  await expect(page.getByLabel("Passage", { exact: true })).toHaveValue(PASSAGE);
  await page.getByLabel("Case", { exact: true }).selectOption({ label: "Maria Kalesnikava" });
  await page.getByRole("button", { name: "Continue" }).click();

  const form = page.getByRole("region", { name: "New timeline event" });
  // Proposals, not copies (issue 13): no public text, and no date unless the passage states one
  // (the article's publication date is when it was reported, not when it happened).
  await expect(form.getByLabel("Public text")).toHaveValue("");
  await expect(form.getByLabel(/^Date/)).toHaveValue("");
  await expect(form.getByLabel(/^Title/)).not.toHaveValue(PASSAGE);
  await form.getByLabel(/^Date/).fill("2024-09-13");
  await form.getByLabel(/^Type/).selectOption("STATEMENT");
  await form.getByLabel(/^Title/).fill(TITLE);
  await form.getByRole("button", { name: "Create event citing this passage" }).click();

  await expect(page).toHaveURL(/\/workspace\/prisoners\/maria-kalesnikava\/items\/timelineEvent\//);
  await expect(page.getByRole("status")).toContainText("Timeline event created from the passage");
  await expect(page.getByRole("region", { name: "Citations" })).toContainText(PASSAGE);

  // Internal until published: the public page does not show it yet.
  const visitor = await browser.newPage();
  await visitor.goto("/prisoners/maria-kalesnikava");
  await expect(visitor.getByText(TITLE)).toHaveCount(0);

  await page.getByLabel("Visibility", { exact: true }).selectOption("PUBLIC");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  await visitor.reload();
  const event = visitor.getByRole("listitem").filter({ hasText: TITLE });
  await expect(event).toBeVisible();
  await event.getByRole("link", { name: /^Source \d+$/ }).click();
  const note = visitor.locator("li:target");
  await expect(note).toContainText(PASSAGE);
  await note.getByRole("link").first().click();

  await expect(visitor).toHaveURL(/\/sources\/demo-source-002\?cite=.+#cite-/);
  // Next's client navigation does not update :target; the page marks the cited passage itself.
  const citeId = new URL(visitor.url()).searchParams.get("cite");
  const highlighted = visitor.locator(`mark#cite-${citeId}`);
  await expect(highlighted).toHaveAttribute("data-selected", "true");
  await expect(highlighted).toContainText(PASSAGE);
  await expect(highlighted).toBeInViewport();
  await visitor.close();
});

test("a passage that is not in the source is refused with a clear message, and nothing is created", async ({
  page,
}) => {
  await signInAs(page, "caseworker");
  await page.goto(
    "/workspace/sources/demo-source-002/cite?quote=" +
      encodeURIComponent("Kalesnikava was released yesterday") +
      "&person=maria-kalesnikava",
  );
  await expect(page.getByRole("alert").filter({ hasText: "does not occur in the source" })).toBeVisible();
  await expect(page.getByRole("region", { name: "New timeline event" })).toHaveCount(0);

  // Curly quotes pasted where the text has straight ones: the form offers the real passage.
  await page.goto(
    "/workspace/sources/demo-source-002/cite?quote=" +
      encodeURIComponent("Belarusian Activist’s Health Deteriorates") +
      "&person=maria-kalesnikava",
  );
  await expect(page.getByRole("alert").filter({ hasText: "Belarusian Activist's Health Deteriorates" })).toBeVisible();
});

test("a source that disagrees with the record is cited as such, and the public page says the sources differ", async ({
  page,
  browser,
}) => {
  const NOTE = "says her imprisonment lasted over five years";
  await signInAs(page, "caseworker");
  await page.goto(
    "/workspace/sources/demo-source-000/cite?quote=" +
      encodeURIComponent("which lasted over five years") +
      "&person=maria-kalesnikava",
  );
  const attach = page.getByRole("region", { name: "Attach to a fact" });
  const detention = await attach
    .locator("option", { hasText: /^Detention \(arrest date/ })
    .first()
    .getAttribute("value");
  await attach.getByLabel(/^The fact it supports/).selectOption(detention);
  await attach.getByLabel("This source disagrees with the record").check();
  await attach.getByRole("button", { name: "Add citation" }).click();
  // The note is required: nothing is saved without it, and the form keeps the choice.
  await expect(attach.getByText("Say what this source says instead")).toBeVisible();
  await expect(attach.getByLabel("This source disagrees with the record")).toBeChecked();
  await attach.getByLabel(/^What it says instead/).fill(NOTE);
  await attach.getByRole("button", { name: "Add citation" }).click();
  await expect(page).toHaveURL(/\/items\/detentionEpisode\//);
  const cited = page.getByRole("region", { name: "Citations" });
  await expect(cited).toContainText(`Disagrees with the record: ${NOTE}`);
  await expect(cited).toContainText("The record follows this source");

  const visitor = await browser.newPage();
  // The page counts its view with a beacon (the page itself is served from cache).
  const beacon = visitor.waitForRequest(
    (r) => r.url().endsWith("/api/case-views") && r.postData() === "maria-kalesnikava",
  );
  await visitor.goto("/prisoners/maria-kalesnikava");
  expect((await (await beacon).response())?.status()).toBe(204);
  const differs = visitor.getByTestId("sources-differ");
  await expect(differs).toHaveCount(1);
  await differs.getByRole("link").click();
  await expect(visitor.locator("li:target")).toContainText(`Differs from this record: ${NOTE}`);
  await expect(visitor.locator("li:target")).toContainText("which lasted over five years");

  // The caseworker decides the record should follow the other source instead.
  await cited.getByRole("button", { name: "Follow this source instead" }).click();
  await expect(page.getByRole("status")).toContainText("The record now follows that source");
  await visitor.reload();
  await expect(visitor.getByTestId("sources-differ")).toHaveCount(1);
  await expect(visitor.locator("#sources-heading ~ ol")).not.toContainText(NOTE);
  await visitor.close();
});
