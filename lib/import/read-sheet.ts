// Reads an uploaded CSV or XLSX into a header row and data rows of strings.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { textOf } from "../text/text-of";

export type Sheet = { headers: string[]; rows: string[][] };

export class SheetError extends Error {}

export async function readSheet(fileName: string, content: Buffer): Promise<Sheet> {
  const table = /\.xlsx$/i.test(fileName) ? await readXlsx(content) : readCsv(content);
  const [headers, ...rows] = table.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (!headers) throw new SheetError("The file is empty.");
  return { headers: headers.map((h) => h.trim()), rows };
}

function readCsv(content: Buffer): string[][] {
  const text = content.toString("utf8").replace(/^\uFEFF/, "");
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  // Excel in many European locales saves CSV with semicolons.
  const delimiter = [",", ";", "\t"].reduce(
    (best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best),
    ",",
  );
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new SheetError(`The CSV could not be read: ${(error as Error).message}`);
  }
}

async function readXlsx(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new SheetError("The XLSX file could not be read. Is it an Excel workbook?");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetError("The workbook has no sheets.");
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "text" in value) return String(value.text);
  if (typeof value === "object" && "result" in value) return textOf(value.result);
  return textOf(value).trim();
}
