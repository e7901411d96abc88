import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { readSheet } from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeLetterCsv } from "../../lib/exports/csv";
import { renderInWorker } from "../../lib/exports/in-worker";
import { LETTER_COLUMNS, type LetterRow } from "../../lib/exports/letter-row";
import { writeLetterPdf } from "../../lib/exports/pdf";
import { publicLetterRows, publishedIdPages } from "../../lib/exports/public-rows";
import { writeLetterXlsx } from "../../lib/exports/xlsx";
import { generateSynthetic } from "../../lib/synthetic/generate";
import { seedDemo } from "../../prisma/seed/load-demo";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { steadyCount } from "../support/steady";

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

  // CSV and XLSX are rendered in a thread of their own that reads the records itself (the
  // server's heap reached 490 MB exporting 100,000 cases in-process): the same file, at the
  // pace of the download, stopped with it, and a failure breaks the download.
  describe("in the export thread", () => {
    const job = (format: "csv" | "xlsx", databaseUrl = test.url) => ({
      format,
      databaseUrl,
      baseUrl: BASE,
      fileName: "thread",
    });
    async function readAll(body: ReadableStream<Uint8Array>) {
      const reader = body.getReader();
      const parts: Uint8Array[] = [];
      for (let read = await reader.read(); !read.done; read = await reader.read()) parts.push(read.value);
      return Buffer.concat(parts);
    }

    it("CSV: byte for byte the file the server would write itself", async () => {
      const file = path.join(dir, "in-process.csv");
      const count = await writeLetterCsv(rows(), fs.createWriteStream(file));
      const threaded = await readAll(renderInWorker(job("csv"), publishedIdPages(test.db, { batchSize: 7 })));
      expect(count).toBeGreaterThan(40);
      expect(threaded.equals(fs.readFileSync(file))).toBe(true);
    });

    it("XLSX: every published case, as read back by an independent parser", async () => {
      const file = path.join(dir, "thread.xlsx");
      fs.writeFileSync(file, await readAll(renderInWorker(job("xlsx"), publishedIdPages(test.db, {}))));
      const sheet = await readSheet(file);
      expect(sheet[0]).toEqual([...LETTER_COLUMNS]);
      expect(sheet.length - 1).toBe(await test.db.publicPerson.count());
    });

    it("reads pages only as the download is read, and cancelling stops the reading", async () => {
      const ids = (await test.db.publicPerson.findMany({ select: { personId: true }, take: 20 })).map(
        (p) => p.personId,
      );
      const state = { pages: 0, closed: false };
      async function* endless() {
        try {
          for (;;) {
            state.pages++;
            yield ids;
          }
        } finally {
          state.closed = true;
        }
      }
      const reader = renderInWorker(job("csv"), endless()).getReader();
      expect((await reader.read()).done).toBe(false);
      const held = await steadyCount(() => state.pages);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(state.pages).toBe(held);
      await reader.cancel();
      expect(state.closed).toBe(true);
    });

    it("renders two exports at once and lets a third wait for a turn", async () => {
      const ids = (await test.db.publicPerson.findMany({ select: { personId: true }, take: 20 })).map(
        (p) => p.personId,
      );
      async function* endless() {
        for (;;) yield ids;
      }
      const [first, second, third] = [0, 1, 2].map(() => renderInWorker(job("csv"), endless()).getReader());
      expect((await first!.read()).done).toBe(false);
      expect((await second!.read()).done).toBe(false);
      let thirdStarted = false;
      const thirdRead = third!.read().then((read) => (thirdStarted = !read.done));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(thirdStarted).toBe(false);
      await first!.cancel();
      await thirdRead;
      expect(thirdStarted).toBe(true);
      await Promise.all([second!.cancel(), third!.cancel()]);
    });

    it("a database the thread cannot reach breaks the download instead of ending it", async () => {
      const unreachable = test.url.replace(/@[^/]+\//, "@127.0.0.1:9/");
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void errors.push(args);
      try {
        await expect(readAll(renderInWorker(job("csv", unreachable), publishedIdPages(test.db, {})))).rejects.toThrow(
          /ECONNREFUSED/,
        );
      } finally {
        console.error = original;
      }
      expect(errors).toHaveLength(1);
    });
  });
});
