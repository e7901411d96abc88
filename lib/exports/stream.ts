// Streams a letter list in one of the three formats as a web Response body, so a route
// can start sending before the last row is read. A failure midway ends the stream with
// an error (the download breaks) rather than a truncated file that looks complete.
import { PassThrough, Readable } from "node:stream";
import { writeLetterCsv } from "./csv";
import { LETTER_COLUMNS, type LetterRow } from "./letter-row";
import { writeLetterPdf, type PackCover } from "./pdf";
import { writeLetterXlsx } from "./xlsx";

export type ExportFormat = "csv" | "xlsx" | "pdf";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "xlsx", "pdf"];

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

export function streamLetters<R extends LetterRow>(
  format: ExportFormat,
  rows: AsyncIterable<R>,
  options: { fileName: string; cover: PackCover; sheetName?: string; columns?: readonly (keyof R & string)[] },
) {
  const out = new PassThrough();
  const columns = options.columns ?? LETTER_COLUMNS;
  const writing =
    format === "csv"
      ? writeLetterCsv(rows, out, columns)
      : format === "xlsx"
        ? writeLetterXlsx(rows, out, options.sheetName ?? "Cases", columns)
        : writeLetterPdf(rows, out, options.cover);
  writing.catch((error: unknown) => {
    console.error(`Export ${options.fileName}.${format} failed`, error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return {
    body: Readable.toWeb(out) as ReadableStream<Uint8Array>,
    headers: {
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${options.fileName}.${format}"`,
      "Cache-Control": "no-store",
    },
  };
}
