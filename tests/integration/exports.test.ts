import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { readSheet } from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeLetterCsv } from "../../lib/exports/csv";
import { LETTER_COLUMNS, type LetterRow } from "../../lib/exports/letter-row";
import { writeLetterPdf } from "../../lib/exports/pdf";
import { publicLetterRows } from "../../lib/exports/public-rows";
import { writeLetterXlsx } from "../../lib/exports/xlsx";
import { generateSynthetic } from "../../lib/synthetic/generate";
import { seedDemo } from "../../prisma/seed/load-demo";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Exports are read back with parsers that share no code with the writers:
// papaparse (CSV), read-excel-file (XLSX) and pdf.js (PDF text).
const BASE = "https://casebook.example";
const INJECTION = '=HYPERLINK("http://evil.example","click")';

async function pdfText(file: string) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), useSystemFonts: false })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages;
}

describe("letter-list exports", () => {
  let test: TestDatabase;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casebook-export-"));
  const rows = (slugs?: string[]) => publicLetterRows(test.db, { baseUrl: BASE, slugs, batchSize: 7 });

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: false });
    await generateSynthetic(test.url, { persons: 40 });
    // A hostile summary, as if pasted from anywhere: it must reach the file as text.
    await test.db.person.update({ where: { slug: "viktor-babaryka" }, data: { bio: INJECTION } });
    await test.db.$executeRaw`SELECT refresh_public_person('demo-viktor-babaryka')`;
  });
  afterAll(async () => {
    await test.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("CSV: BOM, CRLF, documented header, Cyrillic names and addresses, neutralised formulas, no restricted data", async () => {
    const file = path.join(dir, "list.csv");
    const count = await writeLetterCsv(rows(), fs.createWriteStream(file));
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text).toContain("\r\n");
    const parsed = Papa.parse<LetterRow>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...LETTER_COLUMNS]);
    expect(parsed.data).toHaveLength(count);
    const published = await test.db.publicPerson.count();
    expect(count).toBe(published);

    const maria = parsed.data.find((r) => r.case_url === `${BASE}/prisoners/maria-kalesnikava`)!;
    expect(maria.name).toBe("Maria Kalesnikava");
    expect(maria.name_native).toBe("Марыя Калеснікава");
    const held = parsed.data.find((r) => r.address_line_1 !== "")!;
    expect(held.address_line_1).toMatch(/вул\. Прыкладная/);
    expect(held.address_latin_line_1).toMatch(/vul\. Prykladnaja/);
    expect(parsed.data.find((r) => r.name === "Viktor Babaryka")!.summary).toBe(`'${INJECTION}`);
    expect(text).not.toContain("CANARY-RESTRICTED");
    expect(text).not.toContain("Unpublished Example");
  });

  it("XLSX: the same columns and values, formulas kept as text", async () => {
    const file = path.join(dir, "list.xlsx");
    await writeLetterXlsx(rows(), fs.createWriteStream(file));
    const sheet = await readSheet(fs.readFileSync(file), "Cases");
    const [header, ...data] = sheet;
    expect(header).toEqual([...LETTER_COLUMNS]);
    const column = (name: string) => LETTER_COLUMNS.indexOf(name as (typeof LETTER_COLUMNS)[number]);
    const maria = data.find((r) => r[column("name")] === "Maria Kalesnikava")!;
    expect(maria[column("name_native")]).toBe("Марыя Калеснікава");
    expect(data.find((r) => r[column("name")] === "Viktor Babaryka")![column("summary")]).toBe(`'${INJECTION}`);
    expect(JSON.stringify(sheet)).not.toContain("CANARY");
  });

  // Issue 17: several cases to a page (one per page left most of each page blank).
  it("PDF: a cover page, then the cases several to a page, with Belarusian letters", async () => {
    const file = path.join(dir, "pack.pdf");
    const slugs = ["maria-kalesnikava", "syarhey-tsikhanouski", "ales-bialiatski"];
    const count = await writeLetterPdf(rows(slugs), fs.createWriteStream(file), {
      title: "Write for Rights 2026",
      subtitle: "Belarus",
    });
    const pages = await pdfText(file);
    expect(count).toBe(3);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("Write for Rights 2026");
    const all = pages.join("\n");
    for (const name of ["Марыя Калеснікава", "Сяргей Ціханоўскі", "Алесь Бяляцкі"]) expect(all).toContain(name);
    expect(all).not.toContain("CANARY");
  });

  it("PDF and CSV: a photo only where consent was given", async () => {
    const photo = "public/photos/test-export-photo.png";
    fs.mkdirSync(path.dirname(photo), { recursive: true });
    fs.copyFileSync("tests/fixtures/photo.png", photo);
    try {
      const pack = async () => {
        const file = path.join(dir, `photo-${Date.now()}.pdf`);
        await writeLetterPdf(rows(["maria-kalesnikava"]), fs.createWriteStream(file), { title: "Photos" });
        return fs.readFileSync(file).toString("latin1");
      };
      await test.db.person.update({
        where: { slug: "maria-kalesnikava" },
        data: { photoUrl: "/photos/test-export-photo.png", photoConsent: false },
      });
      await test.db.$executeRaw`SELECT refresh_public_person('demo-maria-kalesnikava')`;
      expect(await pack()).not.toContain("/Subtype /Image");
      const withoutConsent = path.join(dir, "no-consent.csv");
      await writeLetterCsv(rows(["maria-kalesnikava"]), fs.createWriteStream(withoutConsent));
      expect(fs.readFileSync(withoutConsent, "utf8")).not.toContain("test-export-photo");

      await test.db.person.update({ where: { slug: "maria-kalesnikava" }, data: { photoConsent: true } });
      await test.db.$executeRaw`SELECT refresh_public_person('demo-maria-kalesnikava')`;
      expect(await pack()).toContain("/Subtype /Image");
    } finally {
      fs.rmSync(photo, { force: true });
    }
  });
});
