import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/session-user";
import { seedDemo } from "../../prisma/seed/load-demo";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Issue 17: letters that reach people. Campaigns follow the record (release, transfer),
// visitors' "I wrote" is counted without tracking them, and nothing is printed that would
// come out as boxes or cut off.
describe("letters", () => {
  let test: TestDatabase;
  let mutations: typeof import("../../lib/campaigns/mutations");
  let queries: typeof import("../../lib/campaigns/queries");
  let exporter: typeof import("../../lib/campaigns/export");
  let visitors: typeof import("../../lib/letters/visitor-count");
  let projection: typeof import("../../lib/publication/projection");
  const actors = {} as Record<"ADMIN" | "CASEWORKER" | "CAMPAIGNER", Actor>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "letters-"));

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    mutations = await import("../../lib/campaigns/mutations");
    queries = await import("../../lib/campaigns/queries");
    exporter = await import("../../lib/campaigns/export");
    visitors = await import("../../lib/letters/visitor-count");
    projection = await import("../../lib/publication/projection");
    Object.assign(actors, await demoActors(test.db));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await test.drop();
  });

  async function facility(id: string, addressLocal: string) {
    await test.db.facility.create({
      data: { id, slug: id, name: id, type: "PENAL_COLONY", addressLocal, country: "BY" },
    });
  }

  /** A published person held at `facilityId`, with the envelope name and a public birth date. */
  async function heldPerson(id: string, facilityId: string, envelope: string) {
    await test.db.person.create({
      data: {
        id,
        slug: id,
        displayName: id,
        sortName: id,
        published: true,
        birthDate: new Date("1980-05-02"),
        birthDatePrecision: "DAY",
        birthDateVisibility: "PUBLIC",
        readsLanguages: "be, ru",
        letterDelivery: "NOT_REACHING",
        letterDeliveryAsOf: new Date("2026-11-15"),
        names: { create: { text: envelope, script: "CYRL", language: "ru", kind: "ENVELOPE" } },
        detentionEpisodes: { create: { arrestDate: new Date("2024-01-01"), arrestDatePrecision: "DAY" } },
        placements: { create: { facilityId, fromDate: new Date("2024-02-01"), fromDatePrecision: "DAY" } },
      },
    });
    await projection.refreshPublicPerson(test.db, id);
  }

  async function campaign(name: string, people: string[]) {
    const saved = await mutations.createCampaign(actors.CAMPAIGNER, { name, year: "2026", goal: "100" });
    if (saved.status !== "saved") throw new Error(JSON.stringify(saved));
    const c = await test.db.campaign.update({ where: { slug: saved.slug }, data: { published: true } });
    for (const id of people) await mutations.addCampaignCase(actors.CAMPAIGNER, c.id, id, true);
    return c;
  }

  const csv = async (slug: string) => {
    const { body } = await exporter.exportCampaign(actors.CAMPAIGNER, slug, "csv", "", null);
    const text = (await new Response(body).text()).replace(/^\uFEFF/, "");
    return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  };

  const save = async (name: string, response: { body: ReadableStream<Uint8Array> }) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, Buffer.from(await new Response(response.body).arrayBuffer()));
    return file;
  };

  it("projects the letter facts of a published person, and the envelope in the script and order the post expects", async () => {
    await facility("ik-1", "ИК-1\r\nул. Минская, 1\u2028211440 г. Новополоцк");
    await heldPerson("held-one", "ik-1", "Первый Иван Петрович");
    const row = await test.db.publicPerson.findUniqueOrThrow({ where: { personId: "held-one" } });
    expect(row.record).toMatchObject({
      person: { readsLanguages: "be, ru", letterDelivery: "NOT_REACHING", letterDeliveryAsOf: "2026-11-15" },
    });
    const c = await campaign("Evening one", ["held-one", "demo-maksim-znak"]);
    const rows = await csv(c.slug);
    expect(rows.map((r) => r.name)).toEqual(["held-one", "Maksim Znak"]);
    expect([1, 2, 3, 4, 5, 6].map((i) => rows[0]![`envelope_line_${i}`])).toEqual([
      "Первый Иван Петрович, 1980 г.р.",
      "ИК-1",
      "ул. Минская, 1",
      "211440 г. Новополоцк",
      "BELARUS",
      "",
    ]);
    expect(rows[0]).toMatchObject({ envelope_language: "ru", letters_reach: "NOT_REACHING", letters_recorded: "0" });
    // No facility is known for the demo's Maksim Znak (the articles name none): no envelope, not an invented one.
    expect(rows[1]!.envelope_line_1).toBe("");
  });

  it("a release reaches every campaign at once; a transfer changes the address everywhere; the organiser sees both", async () => {
    await facility("ik-2", "ИК-2\nул. Гомельская, 2\n246000 г. Гомель");
    await heldPerson("held-two", "ik-1", "Второй Пётр Иванович");
    await heldPerson("held-three", "ik-1", "Третий Олег Олегович");
    const a = await campaign("Evening A", ["held-two", "held-three"]);
    const b = await campaign("Evening B", ["held-two"]);
    await test.db.campaign.update({ where: { id: b.id }, data: { releasedHandling: "HIDE" } });
    await csv(a.slug); // the snapshot the changes are measured against

    // The placement closes before its detention: the database keeps no placement outside one (issue 13).
    await test.db.placement.updateMany({ where: { personId: "held-two" }, data: { toDate: new Date("2026-11-30") } });
    await test.db.detentionEpisode.updateMany({
      where: { personId: "held-two" },
      data: { released: true, releaseDate: new Date("2026-11-30"), releaseDatePrecision: "DAY" },
    });
    await test.db.placement.updateMany({ where: { personId: "held-three" }, data: { toDate: new Date("2026-11-20") } });
    await test.db.placement.create({
      data: { personId: "held-three", facilityId: "ik-2", fromDate: new Date("2026-11-21"), fromDatePrecision: "DAY" },
    });
    await projection.refreshPublicPeople(test.db, ["held-two", "held-three"]);

    const pageA = await queries.getPublicCampaign(a.slug);
    expect(pageA?.appeal.map((l) => l.name)).toEqual(["held-three"]);
    expect(pageA?.released.map((l) => l.name)).toEqual(["held-two"]);
    expect(pageA?.appeal[0]?.envelope.lines).toContain("246000 г. Гомель");
    const pageB = await queries.getPublicCampaign(b.slug);
    expect(pageB?.appeal).toEqual([]);
    expect(pageB?.released).toEqual([]);

    const print = await import("../../lib/campaigns/print");
    const { diffSnapshots } = await import("../../lib/letters/changes");
    const now = await print.campaignForPrint(actors.CAMPAIGNER, a.slug);
    const before = print.readSnapshot(now.campaign.lastExportSnapshot);
    expect(before).not.toBeNull();
    expect(
      diffSnapshots(before!, print.snapshotOf(now.rows)).map((c) => `${c.name}: ${c.change.split(":")[0]}`),
    ).toEqual(["held-two: released", "held-three: new address (transferred or corrected)"]);

    const rows = await csv(a.slug);
    expect(rows.find((r) => r.name === "held-two")).toMatchObject({
      campaign_section: "released",
      envelope_line_1: "",
    });
    expect((await csv(b.slug)).map((r) => r.name)).toEqual([]);
  });

  it("counts “I wrote” per person and day, limited per client, with nothing about the client stored", async () => {
    await heldPerson("held-four", "ik-1", "Четвёртый Иван Иванович");
    expect(await visitors.claimLetterWritten("held-four", "203.0.113.9")).toEqual({ status: "counted", count: 1 });
    expect(await visitors.claimLetterWritten("held-four", "203.0.113.9")).toEqual({ status: "limited", count: 1 });
    expect(await visitors.claimLetterWritten("held-four", "203.0.113.10")).toEqual({ status: "counted", count: 2 });
    expect(await visitors.claimLetterWritten("maria-kalesnikava", "203.0.113.9")).toEqual({ status: "not-found" });
    expect(await visitors.claimLetterWritten("unpublished-example", "203.0.113.9")).toEqual({ status: "not-found" });
    const windows = await test.db.letterClaimWindow.findMany();
    expect(windows.length).toBeGreaterThan(0);
    expect(JSON.stringify(windows)).not.toContain("203.0.113");
    for (const w of windows) expect(w.key).toMatch(/^[0-9a-f]{64}$/);
    // One client cannot inflate the count across people at will either.
    for (let i = 0; i < visitors.CLAIMS_PER_CLIENT_PER_DAY; i++)
      await visitors.claimLetterWritten("held-one", `198.51.100.${i}`);
    await heldPerson("held-five", "ik-1", "Пятый Иван Иванович");
    const many = await Promise.all(
      Array.from({ length: visitors.CLAIMS_PER_CLIENT_PER_DAY + 5 }, (_, i) =>
        i === 0
          ? visitors.claimLetterWritten("held-five", "192.0.2.1")
          : visitors.claimLetterWritten("held-five", "192.0.2.1"),
      ),
    );
    expect(many.filter((r) => r.status === "counted")).toHaveLength(1);
    const c = await campaign("Evening count", ["held-four"]);
    expect((await queries.getPublicCampaign(c.slug))?.actions).toBe(2);
  });

  it("keeps sample letters with their line endings made one, and refuses a bad language or an empty letter", async () => {
    const c = await campaign("Evening samples", ["held-one"]);
    const saved = await mutations.addSampleLetter(actors.CAMPAIGNER, c.id, null, {
      language: "RU",
      body: "Здравствуйте!\r\nДумаем о вас.\u2028Пишите.\rДо встречи.",
    });
    expect(saved.status).toBe("saved");
    const letter = await test.db.sampleLetter.findFirstOrThrow({ where: { campaignId: c.id } });
    expect(letter).toMatchObject({ language: "ru", body: "Здравствуйте!\nДумаем о вас.\nПишите.\nДо встречи." });
    expect(
      (await mutations.addSampleLetter(actors.CAMPAIGNER, c.id, null, { language: "russian", body: "x" })).status,
    ).toBe("invalid");
    expect(
      (await mutations.addSampleLetter(actors.CAMPAIGNER, c.id, null, { language: "ru", body: "  " })).status,
    ).toBe("invalid");
    expect(
      (await mutations.addSampleLetter(actors.CAMPAIGNER, c.id, "demo-maksim-znak", { language: "ru", body: "x" }))
        .status,
    ).toBe("invalid");
    expect(await test.db.sampleLetter.count({ where: { campaignId: c.id } })).toBe(1);
  });

  it("prints labels, envelopes, letter sheets and the pack: tagged, fonts embedded, every address line in order", async () => {
    const c = await campaign("Evening print", ["held-one", "demo-maksim-znak"]);
    await mutations.addSampleLetter(actors.CAMPAIGNER, c.id, null, {
      language: "be",
      body: "Добры дзень!\nЦёплыя пажаданні.",
    });
    for (const kind of ["a4-2x7", "c6", "dl", "letter-sheets"] as const) {
      const file = await save(`${kind}.pdf`, await exporter.printCampaign(actors.CAMPAIGNER, c.slug, kind, null));
      const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString("utf8");
      const at = ["Первый Иван Петрович, 1980 г.р.", "ИК-1", "ул. Минская, 1", "211440 г. Новополоцк", "BELARUS"].map(
        (l) => text.indexOf(l),
      );
      expect(at.every((p) => p >= 0)).toBe(true);
      expect([...at].sort((x, y) => x - y)).toEqual(at);
      const fonts = execFileSync("pdffonts", [file]).toString();
      expect(
        fonts
          .split("\n")
          .slice(2)
          .filter(Boolean)
          .every((l) => /\syes\s+yes\s+yes\s/.test(l)),
      ).toBe(true);
      expect(execFileSync("pdfinfo", [file]).toString()).toMatch(/Tagged:\s+yes/);
      if (kind === "letter-sheets") expect(text).toContain("Цёплыя пажаданні.");
    }
    const pack = await save("pack.pdf", await exporter.exportCampaign(actors.CAMPAIGNER, c.slug, "pdf", "", null));
    const packText = execFileSync("pdftotext", [pack, "-"]).toString("utf8");
    expect(packText).toContain("Letters recorded: 0");
    expect(packText).toContain("Sample letters");
    expect(execFileSync("pdfinfo", [pack]).toString()).toMatch(/Pages:\s+3/); // cover, both cases on one page, samples
    expect(fs.readFileSync(pack).toString("latin1")).toMatch(/\/Lang \(en\)/);
  });

  it("refuses to print characters the font lacks or an address too long for its label, and says what to fix", async () => {
    await facility(
      "ik-long",
      `ИК-3\n${"ул. Очень-очень длинная улица имени кого-то очень известного, дом 100, корпус 2"}\n211440 г. Новополоцк`,
    );
    await heldPerson("held-long", "ik-long", "Длинный Иван Иванович");
    const c = await campaign("Evening bad input", ["held-long", "held-one"]);
    await mutations.addSampleLetter(actors.CAMPAIGNER, c.id, null, { language: "ru", body: "Привет 中 😀" });
    const print = await import("../../lib/campaigns/print");
    const { problems } = await print.campaignForPrint(actors.CAMPAIGNER, c.slug);
    expect(problems.map((p) => `${p.subject} · ${p.material}`)).toEqual([
      "held-long · envelope address",
      "everyone · sample letter (ru)",
    ]);
    expect(problems[0]?.message).toContain("A4 2×7 label");
    expect(problems[1]?.message).toContain("U+4E2D 中");
    await expect(exporter.printCampaign(actors.CAMPAIGNER, c.slug, "a4-2x7", null)).rejects.toBeInstanceOf(
      exporter.PrintRefused,
    );
    await expect(exporter.exportCampaign(actors.CAMPAIGNER, c.slug, "pdf", "", null)).rejects.toBeInstanceOf(
      exporter.PrintRefused,
    );
    // The spreadsheet carries text, not glyphs: it is not refused.
    expect((await csv(c.slug)).length).toBe(2);
  });

  it("offers birthdays known to the day and public only, as an iCalendar feed", async () => {
    await test.db.person.update({ where: { id: "held-one" }, data: { birthDateVisibility: "INTERNAL" } });
    await projection.refreshPublicPerson(test.db, "held-one");
    await heldPerson("held-six", "ik-1", "Шестой Иван Иванович");
    const c = await campaign("Evening birthdays", ["held-one", "held-six"]);
    const found = await queries.publicCampaignBirthdays(c.slug);
    expect(found?.people).toEqual([{ slug: "held-six", name: "held-six", birthday: { year: 1980, month: 5, day: 2 } }]);
    const { birthdayCalendar } = await import("../../lib/letters/calendar");
    const ics = birthdayCalendar(
      "Birthdays",
      "casebook.example",
      found!.people.map((p) => ({ ...p, url: "https://x/p" })),
    );
    expect(ics).toContain("DTSTART;VALUE=DATE:19800502\r\nRRULE:FREQ=YEARLY\r\n");
    expect(ics.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });
});
