// XLSX with the same columns as the CSV, written with ExcelJS's streaming writer so
// thousands of rows never sit in memory at once.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { LETTER_COLUMNS, neutraliseFormula, type LetterRow } from "./letter-row";

export async function writeLetterXlsx<R extends LetterRow>(
  rows: AsyncIterable<R>,
  out: Writable,
  sheetName = "Cases",
  columns: readonly (keyof R & string)[] = LETTER_COLUMNS,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column,
    key: column,
    width: column.includes("address") ? 28 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let count = 0;
  for await (const row of rows) {
    count++;
    // Strings only: a neutralised cell must stay text, never become a formula or number.
    sheet.addRow(columns.map((column) => neutraliseFormula(String(row[column] ?? "")))).commit();
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
