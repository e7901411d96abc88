// Child process of bench-export: exports `limit` cases in one format and reports its
// own wall time and peak memory (maxRSS), so formats do not share a heap.
import fs from "node:fs";
import { createPrismaClient } from "../../lib/db/client";
import { writeLetterCsv } from "../../lib/exports/csv";
import { writeLetterPdf } from "../../lib/exports/pdf";
import { publicLetterRows } from "../../lib/exports/public-rows";
import { writeLetterXlsx } from "../../lib/exports/xlsx";

const [format, url, limitText, file] = process.argv.slice(2);
if (!format || !url || !limitText || !file)
  throw new Error("usage: export-one.ts <csv|xlsx|pdf> <database-url> <limit> <file>");
const db = createPrismaClient(url, 2);
const rows = publicLetterRows(db, { baseUrl: "http://localhost:3000", limit: Number(limitText) });
const out = fs.createWriteStream(file);
const started = performance.now();
const count =
  format === "csv"
    ? await writeLetterCsv(rows, out)
    : format === "xlsx"
      ? await writeLetterXlsx(rows, out)
      : await writeLetterPdf(rows, out, { title: "Benchmark pack" });
const seconds = (performance.now() - started) / 1000;
await db.$disconnect();
console.log(
  JSON.stringify({
    format,
    count,
    seconds,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    bytes: fs.statSync(file).size,
  }),
);
