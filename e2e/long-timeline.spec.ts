import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { signIn } from "./sign-in";

// Issue 15: a case with a long timeline shows its latest events and links to the whole
// timeline, page by page; every page's footnotes are exactly the sources that page cites.
const RUN = Date.now().toString(36);
const PERSON = `e2e-long-${RUN}`;
const SLUG = `e2e-long-timeline-${RUN}`;
const EVENTS = 130;
const PER_SOURCE = 50;
// components/public/case/timeline-section.tsx: TIMELINE_ON_CASE_PAGE and TIMELINE_PAGE_SIZE.
const SHOWN = 50;

const db = () =>
  new pg.Client({
    connectionString: `postgresql://postgres:casebook-local@127.0.0.1:${process.env.E2E_PG_PORT ?? 54330}/casebook`,
  });

async function seedLongCase() {
  const client = db();
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO person (id, slug, display_name, sort_name, published, published_at, updated_at)
       VALUES ($1, $2, 'Long Timeline Test', 'Test, Long Timeline', true, now(), now())`,
      [PERSON, SLUG],
    );
    for (let s = 0; s * PER_SOURCE < EVENTS; s++) {
      const lines = Array.from({ length: PER_SOURCE }, (_, k) => `Hearing ${s * PER_SOURCE + k + 1} was held.`);
      await client.query(
        `INSERT INTO source (id, title, language, type, text, text_hash, visibility, updated_at)
         VALUES ($1, $2, 'en', 'NGO_STATEMENT', $3, $1, 'PUBLIC', now())`,
        [`${PERSON}-s${s}`, `Court monitoring, part ${s + 1} (${RUN})`, lines.join("\n")],
      );
    }
    await client.query(
      `INSERT INTO timeline_event (id, person_id, type, date, date_precision, title, visibility, updated_at)
       SELECT $1 || '-e' || k, $1, 'TRIAL', date '2021-01-01' + k, 'DAY', 'Hearing ' || k, 'PUBLIC', now()
       FROM generate_series(1, $2::int) k`,
      [PERSON, EVENTS],
    );
    await client.query(
      `INSERT INTO citation (id, person_id, subject_type, subject_id, source_id, quote)
       SELECT $1 || '-c' || k, $1, 'TIMELINE_EVENT', $1 || '-e' || k, $1 || '-s' || ((k - 1) / ${PER_SOURCE}),
              'Hearing ' || k || ' was held.'
       FROM generate_series(1, $2::int) k`,
      [PERSON, EVENTS],
    );
    await client.query(`SELECT refresh_public_person($1)`, [PERSON]);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

/** The event titles on the page, its footnote marks and the notes of its sources list. */
async function timelineOf(page: Page) {
  const titles = await page.locator('li[id^="event-"] h3 > span:first-child').allTextContents();
  const marks = await page
    .locator('li[id^="event-"] a[href^="#note-"]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
  const notes = await page.locator('li[id^="note-"]').evaluateAll((items) => items.map((li) => `#${li.id}`));
  return { titles, marks, notes, html: await page.content() };
}

test.beforeAll(seedLongCase);
// The browser tests share one database: the case leaves, so directory counts elsewhere stay the demo's.
test.afterAll(async () => {
  const client = db();
  await client.connect();
  try {
    await client.query("DELETE FROM person WHERE id = $1", [PERSON]);
    await client.query("SELECT refresh_public_person($1)", [PERSON]);
    await client.query("DELETE FROM source WHERE id LIKE $1 || '-s%'", [PERSON]);
  } finally {
    await client.end();
  }
});

test("a long timeline shows its latest events and pages through all of them with exact footnotes", async ({ page }) => {
  await page.goto(`/prisoners/${SLUG}`);
  const collapsed = page.getByTestId("timeline-collapsed");
  await expect(collapsed).toContainText(`The latest ${SHOWN} of ${EVENTS} events.`);
  const casePage = await timelineOf(page);
  expect(casePage.titles).toHaveLength(SHOWN);
  expect(casePage.titles[0]).toBe(`Hearing ${EVENTS - SHOWN + 1}`);
  expect(casePage.titles.at(-1)).toBe(`Hearing ${EVENTS}`);
  // Every mark points at a note on this page, and the notes are the shown events' passages only.
  expect(casePage.marks).toHaveLength(SHOWN);
  expect(new Set(casePage.marks)).toEqual(new Set(casePage.notes));
  expect(casePage.html).toContain(`Hearing ${EVENTS} was held.`);
  expect(casePage.html).not.toContain("Hearing 1 was held.");

  await collapsed.getByRole("link", { name: "The whole timeline" }).click();
  await expect(page).toHaveURL(new RegExp(`/prisoners/${SLUG}/timeline$`));
  await expect(page.getByRole("heading", { name: "Long Timeline Test: timeline", level: 1 })).toBeVisible();
  const first = await timelineOf(page);
  expect(first.titles).toHaveLength(SHOWN);
  expect(first.titles[0]).toBe("Hearing 1");
  expect(new Set(first.marks)).toEqual(new Set(first.notes));
  expect(first.notes).toHaveLength(SHOWN);

  // The last page (the third): numbered afresh, its 30 passages are notes 1–30.
  // Next's client navigation updates the address before the page's content: each step waits
  // for the new page's first event, or the next click would follow the previous page's link.
  const firstTitle = page.locator('li[id^="event-"] h3 > span:first-child').first();
  await page.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(firstTitle).toHaveText(`Hearing ${SHOWN + 1}`);
  await page.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\?page=3$/);
  await expect(firstTitle).toHaveText(`Hearing ${2 * SHOWN + 1}`);
  const last = await timelineOf(page);
  const rest = EVENTS - 2 * SHOWN;
  expect(last.titles).toEqual(Array.from({ length: rest }, (_, i) => `Hearing ${2 * SHOWN + 1 + i}`));
  expect(last.notes).toEqual(Array.from({ length: rest }, (_, i) => `#note-${i + 1}`));
  expect(new Set(last.marks)).toEqual(new Set(last.notes));
  expect(last.html).not.toContain("Hearing 1 was held.");

  // The same in Russian; an unknown page number shows the last page rather than failing.
  const russian = await page.request.get(`/ru/prisoners/${SLUG}/timeline?page=99`);
  expect(russian.status()).toBe(200);
  expect(await russian.text()).toContain("Hearing 130");
});

test("the workspace case page lists the latest 50 events of a long case, and all of them on request", async ({
  page,
}) => {
  await signIn(page, "caseworker");
  await page.goto(`/workspace/prisoners/${SLUG}`);
  const events = page.locator("section#timelineEvent");
  await expect(events.getByTestId("timelineEvent-collapsed")).toContainText(`The latest ${SHOWN} of ${EVENTS}`);
  await expect(events.getByRole("link", { name: /^Hearing \d+$/ })).toHaveCount(SHOWN);
  await expect(events.getByRole("link", { name: `Hearing ${EVENTS}`, exact: true })).toBeVisible();
  await events.getByRole("link", { name: `Show all ${EVENTS}` }).click();
  await expect(page).toHaveURL(/\?all=timelineEvent/);
  await expect(events.getByRole("link", { name: /^Hearing \d+$/ })).toHaveCount(EVENTS);
});
