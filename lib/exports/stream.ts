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

/** Thrown into a writer when the download was cancelled: nothing more to write, not a failure. */
class DownloadGone extends Error {}

/**
 * The rows at the pace the download is read: before each row, waits while the output holds
 * more than its buffer (so a slow reader never makes the whole export pile up in memory),
 * and stops reading rows, and so the database, as soon as the download is cancelled.
 * (The writers push into `out` whatever its state: pdfkit and ExcelJS do not wait for it.)
 */
export async function* paced<R>(rows: AsyncIterable<R>, out: PassThrough): AsyncGenerator<R> {
  for await (const row of rows) {
    while (out.writableNeedDrain && !out.destroyed)
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off("drain", done).off("close", done);
          resolve();
        };
        out.once("drain", done).once("close", done);
      });
    if (out.destroyed) throw new DownloadGone();
    yield row;
  }
}

export function streamLetters<R extends LetterRow>(
  format: ExportFormat,
  rows: AsyncIterable<R>,
  options: { fileName: string; cover: PackCover; sheetName?: string; columns?: readonly (keyof R & string)[] },
) {
  const out = new PassThrough();
  const columns = options.columns ?? LETTER_COLUMNS;
  const read = paced(rows, out);
  const writing =
    format === "csv"
      ? writeLetterCsv(read, out, columns)
      : format === "xlsx"
        ? writeLetterXlsx(read, out, options.sheetName ?? "Cases", columns)
        : writeLetterPdf(read, out, options.cover);
  writing.catch((error: unknown) => {
    if (error instanceof DownloadGone || out.destroyed) return; // the reader left: nothing to report
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
