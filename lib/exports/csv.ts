// CSV for mail merge: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark so
// Excel reads Cyrillic correctly, a header row of LETTER_COLUMNS, streamed in chunks.
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import { LETTER_COLUMNS, neutraliseFormula, type LetterRow } from "./letter-row";

/** About this many characters of CSV go into one chunk of the download. */
const CHUNK_CHARS = 64 * 1024;

/**
 * The CSV text, a chunk of whole rows at a time, as the rows are read. Written as strings
 * rather than through a stream transform per row: at 100,000 rows the per-row stream
 * machinery was most of an export's garbage, and of its memory (bench:scale).
 */
export async function* letterCsvChunks<R extends LetterRow>(
  rows: AsyncIterable<R>,
  columns: readonly (keyof R & string)[] = LETTER_COLUMNS,
): AsyncGenerator<string> {
  const options = { record_delimiter: "windows", quoted_match: /[\r\n"]/ } as const;
  let header = stringify([[...columns]], { ...options, bom: true });
  let cells: string[][] = [];
  let size = 0;
  for await (const row of rows) {
    const line = columns.map((column) => neutraliseFormula(String(row[column] ?? "")));
    cells.push(line);
    for (const cell of line) size += cell.length + 1;
    if (size >= CHUNK_CHARS) {
      yield header + stringify(cells, options);
      [header, cells, size] = ["", [], 0];
    }
  }
  yield header + stringify(cells, options);
}

export async function writeLetterCsv<R extends LetterRow>(
  rows: AsyncIterable<R>,
  out: Writable,
  columns: readonly (keyof R & string)[] = LETTER_COLUMNS,
): Promise<number> {
  let count = 0;
  async function* counted() {
    for await (const row of rows) {
      count++;
      yield row;
    }
  }
  await pipeline(Readable.from(letterCsvChunks(counted(), columns)), out);
  return count;
}
