// CSV for mail merge: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark so
// Excel reads Cyrillic correctly, a header row of LETTER_COLUMNS, streamed row by row.
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { LETTER_COLUMNS, neutraliseFormula, type LetterRow } from "./letter-row";

export async function writeLetterCsv<R extends LetterRow>(
  rows: AsyncIterable<R>,
  out: Writable,
  columns: readonly (keyof R & string)[] = LETTER_COLUMNS,
): Promise<number> {
  let count = 0;
  async function* cells() {
    for await (const row of rows) {
      count++;
      yield columns.map((column) => neutraliseFormula(String(row[column] ?? "")));
    }
  }
  const csv = stringify({
    bom: true,
    header: true,
    columns: [...columns],
    record_delimiter: "windows",
    quoted_match: /[\r\n"]/,
  });
  await pipeline(Readable.from(cells()), csv, out);
  return count;
}
