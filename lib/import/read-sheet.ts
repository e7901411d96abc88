// Reads an uploaded CSV or XLSX into a header row and data rows of strings.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { textOf } from "../text/text-of";

export type Sheet = { headers: string[]; rows: string[][] };

export class SheetError extends Error {}

/** More columns than any list of prisoners has; a cell far to the right is a mistake or an attack. */
export const MAX_COLUMNS = 200;
const tooWide = (column: string) =>
  `The sheet has a cell in column ${column}; Casebook reads at most ${MAX_COLUMNS} columns. Delete the cells to the right of your data and upload it again.`;

export async function readSheet(fileName: string, content: Buffer): Promise<Sheet> {
  const table = /\.xlsx$/i.test(fileName) ? await readXlsx(content) : readCsv(content);
  const wide = table.find((row) => row.length > MAX_COLUMNS);
  if (wide) throw new SheetError(tooWide(String(wide.length)));
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
  // Only the cells that exist: one cell in column XFD once made this loop create 16,384
  // cells per row (40 s and 900 MB for a 2.7 KB file).
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > MAX_COLUMNS) throw new SheetError(tooWide(cell.address.replace(/\d+$/, "")));
      cells[column - 1] = cellText(cell.value);
    });
    rows.push(Array.from(cells, (cell) => cell ?? ""));
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
