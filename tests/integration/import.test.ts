import fs from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyImport, ImportRefused } from "../../lib/import/apply";
import { autoMap } from "../../lib/import/fields";
import { planImport } from "../../lib/import/plan";
import { readSheet, type Sheet } from "../../lib/import/read-sheet";
import { createTestDatabase, type TestDatabase } from "../support/database";

const csv = (text: string) => readSheet("list.csv", Buffer.from(text));
const HEADER = "ID,Name,Імя па-беларуску,Date of birth,Detention date,Articles,Sentence,Prison,Release date";
const GOOD = `${HEADER}
B-1,Ihar Lednik,Ігар Леднік,12.03.1985,15.06.2021,342 ч.1,3 years,Penal colony No. 3,
B-2,Volha Tsimokh,Вольга Цімох,1979,2022-02-24,"130.3; 342.1",2 г. 6 мес.,,
B-3,Yury Dzeduk,Юрый Дзедук,1970,10.10.2020,342.1,5 years,Penal colony No. 3,2024-01-15
`;

async function counts(test: TestDatabase) {
  const tables = [
    "person",
    "name_variant",
    "prosecution",
    "charge",
    "sentence",
    "detention_episode",
    "placement",
    "facility",
    "revision",
  ];
  const result: Record<string, number> = {};
  for (const t of tables)
    result[t] = Number((await test.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`))[0]?.n);
  return result;
}

async function importAll(test: TestDatabase, sheet: Sheet, fileName = "list.csv") {
  const mapping = autoMap(sheet.headers);
  const plan = await planImport(test.db, sheet, mapping);
  await applyImport(test.db, sheet, mapping, { fileName, actorId: null, confirmed: plan.counts });
  return plan;
}

describe("spreadsheet import", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());
  beforeEach(async () => {
    await test.db.$executeRawUnsafe(`TRUNCATE person, facility, revision, import_layout, legal_article CASCADE`);
    await test.db.legalArticle.createMany({
      data: [
        {
          code: "Criminal Code",
          article: "342",
          part: "1",
          title: "Gross violation of public order",
          jurisdiction: "BY",
        },
        { code: "Criminal Code", article: "130", part: "3", title: "Incitement to hatred", jurisdiction: "BY" },
        {
          code: "Criminal Code",
          article: "369",
          part: "",
          title: "Insulting a representative of the authorities",
          jurisdiction: "BY",
        },
      ],
    });
  });

  it("reports every broken row with its row, column and reason, and writes nothing", async () => {
    const sheet = await readSheet("broken.csv", fs.readFileSync("tests/fixtures/import-broken.csv"));
    const before = await counts(test);
    const plan = await planImport(test.db, sheet, autoMap(sheet.headers));
    expect(plan.errors).toEqual([
      { row: 3, column: "Name", reason: "a name is missing (fill the Latin, Belarusian or Russian name)" },
      {
        row: 4,
        column: "Detention date",
        reason: '"31.02.2021" is not a date (use YYYY-MM-DD, DD.MM.YYYY, MM.YYYY or YYYY)',
      },
      { row: 5, column: "Articles", reason: "unknown article 999 (add it to the legal articles first)" },
      { row: 6, column: "Release date", reason: "the release date is before the detention date" },
      { row: 6, column: "Sentence", reason: '"forever" is not a sentence length (write e.g. "3 years 6 months")' },
      { row: 7, column: "ID", reason: "the same id as row 2" },
    ]);
    expect(plan.counts).toMatchObject({ create: 2, errors: 6 });
    await expect(
      applyImport(test.db, sheet, autoMap(sheet.headers), {
        fileName: "broken.csv",
        actorId: null,
        confirmed: plan.counts,
      }),
    ).rejects.toThrow(ImportRefused);
    expect(await counts(test)).toEqual(before);
  });

  it("creates the records, attributes them to the import, and changes nothing when the same file comes again", async () => {
    const sheet = await csv(GOOD);
    const first = await importAll(test, sheet);
    expect(first.counts).toMatchObject({ create: 3, update: 0, errors: 0 });
    const ihar = await test.db.person.findUniqueOrThrow({
      where: { externalId: "B-1" },
      include: {
        names: true,
        detentionEpisodes: true,
        prosecutions: { include: { charges: true, sentences: true } },
        placements: { include: { facility: true } },
      },
    });
    expect(ihar.published).toBe(false);
    expect(ihar.names.map((n) => n.text).sort()).toEqual(["Ihar Lednik", "Ігар Леднік"]);
    expect(ihar.detentionEpisodes[0]).toMatchObject({ arrestDatePrecision: "DAY", released: false });
    expect(ihar.prosecutions[0]?.sentences[0]?.termMonths).toBe(36);
    expect(ihar.placements[0]?.facility.name).toBe("Penal colony No. 3");
    const revision = await test.db.revision.findFirstOrThrow({ where: { personId: ihar.id } });
    expect(revision).toMatchObject({ origin: "import" });
    expect(revision.summary).toContain("Imported from list.csv, row 2");

    const after = await counts(test);
    const again = await planImport(test.db, sheet, autoMap(sheet.headers));
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 3, ambiguous: 0, errors: 0 });
    await applyImport(test.db, sheet, autoMap(sheet.headers), {
      fileName: "list.csv",
      actorId: null,
      confirmed: again.counts,
    });
    expect(await counts(test)).toEqual(after);
    expect(await test.db.facility.count()).toBe(1);
  });

  it("updates the matching records from an updated file instead of creating duplicates", async () => {
    await importAll(test, await csv(GOOD));
    const updated = `${HEADER}
B-1,Ihar Lednik,Ігар Леднік,12.03.1985,15.06.2021,"342 ч.1; 369",3 years,Penal colony No. 3,2025-12-13
B-2,Volha Tsimokh,Вольга Цімох,1979,2022-02-24,"130.3; 342.1",2 г. 6 мес.,Prison No. 8,
B-3,Yury Dzeduk,Юрый Дзедук,1970,10.10.2020,342.1,5 years,Penal colony No. 3,2024-01-15
`;
    const plan = await importAll(test, await csv(updated));
    expect(plan.counts).toMatchObject({ create: 0, update: 2, unchanged: 1 });
    expect(await test.db.person.count()).toBe(3);
    const ihar = await test.db.person.findUniqueOrThrow({
      where: { externalId: "B-1" },
      include: { detentionEpisodes: true, prosecutions: { include: { charges: true } } },
    });
    expect(ihar.detentionEpisodes).toHaveLength(1);
    expect(ihar.detentionEpisodes[0]).toMatchObject({ released: true, releaseDatePrecision: "DAY" });
    expect(ihar.prosecutions[0]?.charges).toHaveLength(2);
    expect(ihar.version).toBe(2);
    const volha = await test.db.person.findUniqueOrThrow({
      where: { externalId: "B-2" },
      include: { placements: { include: { facility: true } } },
    });
    expect(volha.placements.map((p) => p.facility.name)).toEqual(["Prison No. 8"]);
  });

  it("matches by name and birth date when there is no id, and lists ambiguous matches for a person to decide", async () => {
    await importAll(test, await csv(GOOD));
    await test.db.person.create({
      data: {
        slug: "ihar-lednik-2",
        displayName: "Ihar Lednik",
        sortName: "Lednik, Ihar",
        names: { create: { text: "Ihar Lednik", script: "LATN", language: "en", kind: "PRESS" } },
      },
    });
    const noIds = `Name,Імя па-беларуску,Date of birth,Sentence
Volha Tsimokh,Вольга Цімох,1979,4 years
Ihar Lednik,,,4 years
Вольга Цімох,,1980,1 year
`;
    const sheet = await csv(noIds.replace("Вольга Цімох,,1980", "Вольга Цімох,Вольга Цімох,1980"));
    const plan = await planImport(test.db, sheet, autoMap(sheet.headers));
    const byRow = Object.fromEntries(plan.rows.map((r) => [r.row, r]));
    expect(byRow[2]).toMatchObject({ action: "update", person: { slug: "volha-tsimokh" } });
    const ambiguous = byRow[3];
    expect(ambiguous?.action).toBe("ambiguous");
    expect(ambiguous?.action === "ambiguous" && ambiguous.candidates.map((c) => c.slug).sort()).toEqual([
      "ihar-lednik",
      "ihar-lednik-2",
    ]);
    expect(byRow[4]?.action).toBe("create"); // same name, another birth year: another person
  });

  it("leaves the database as it was when a row fails midway", async () => {
    await importAll(test, await csv(GOOD));
    const before = await counts(test);
    const more = `${HEADER}\n${Array.from({ length: 30 }, (_, i) => `C-${i},Person ${i},,1990,2022-01-01,342.1,1 year,Prison No. ${i % 3},`).join("\n")}\nB-1,Ihar Lednik,Ігар Леднік,12.03.1985,15.06.2021,342 ч.1,4 years,Penal colony No. 3,\n`;
    const sheet = await csv(more);
    const mapping = autoMap(sheet.headers);
    const plan = await planImport(test.db, sheet, mapping);
    expect(plan.counts).toMatchObject({ create: 30, update: 1 });
    await expect(
      applyImport(test.db, sheet, mapping, {
        fileName: "more.csv",
        actorId: null,
        confirmed: plan.counts,
        afterRow: (row) => {
          if (row === 20) throw new Error("disk full (injected)");
        },
      }),
    ).rejects.toThrow("injected");
    expect(await counts(test)).toEqual(before);
  });

  it("refuses to apply a dry run that no longer matches the records", async () => {
    const sheet = await csv(GOOD);
    const plan = await planImport(test.db, sheet, autoMap(sheet.headers));
    await importAll(test, sheet);
    await expect(
      applyImport(test.db, sheet, autoMap(sheet.headers), {
        fileName: "list.csv",
        actorId: null,
        confirmed: plan.counts,
      }),
    ).rejects.toThrow(/changed since the dry run/);
  });

  it("reads XLSX files and remembers the column layout", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheetOut = workbook.addWorksheet("List");
    for (const line of GOOD.trim().split("\n"))
      sheetOut.addRow(line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replaceAll('"', "")));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const sheet = await readSheet("list.xlsx", buffer);
    expect(sheet.rows).toHaveLength(3);
    const plan = await importAll(test, sheet, "list.xlsx");
    expect(plan.counts.create).toBe(3);
    expect(await test.db.importLayout.count()).toBe(1);
  });
});

describe("resolving ambiguous rows", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it("imports once the caseworker chooses, against the dry run they saw", async () => {
    for (const slug of ["anna-lis", "anna-lis-2"]) {
      await test.db.person.create({
        data: {
          slug,
          displayName: "Anna Lis",
          sortName: "Lis, Anna",
          names: { create: { text: "Anna Lis", script: "LATN", language: "en", kind: "PRESS" } },
        },
      });
    }
    const sheet = await csv("Name,Region\nAnna Lis,Brest Region\n");
    const mapping = autoMap(sheet.headers);
    const plan = await planImport(test.db, sheet, mapping);
    expect(plan.counts).toMatchObject({ ambiguous: 1 });
    await expect(
      applyImport(test.db, sheet, mapping, { fileName: "a.csv", actorId: null, confirmed: plan.counts }),
    ).rejects.toThrow(/choose for each/);
    const target = await test.db.person.findUniqueOrThrow({ where: { slug: "anna-lis-2" } });
    await applyImport(test.db, sheet, mapping, {
      fileName: "a.csv",
      actorId: null,
      confirmed: plan.counts,
      choices: { 2: target.id },
    });
    expect((await test.db.person.findUniqueOrThrow({ where: { slug: "anna-lis-2" } })).region).toBe("Brest Region");
    expect((await test.db.person.findUniqueOrThrow({ where: { slug: "anna-lis" } })).region).toBeNull();
  });
});
