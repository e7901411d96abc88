import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { steadyCount } from "../../tests/support/steady";
import { LETTER_COLUMNS, type LetterRow } from "./letter-row";
import { EXPORT_FORMATS, streamLetters } from "./stream";

// An export reads rows at the pace its download is read, and stops reading them when the
// download is cancelled. bench:scale saw a cancelled 100,000-case PDF keep rendering (and
// growing to 1.7 GB) after its reader had gone.
// Values that do not compress, so a zipped format (XLSX) fills its output as fast as CSV does.
const row = (i: number) =>
  Object.fromEntries(LETTER_COLUMNS.map((c) => [c, `${c} ${i} ${randomBytes(100).toString("base64")}`])) as LetterRow;

function endless() {
  const state = { pulled: 0, closed: false };
  async function* rows() {
    try {
      for (;;) {
        state.pulled++;
        yield row(state.pulled);
        // Like a database page: give the event loop a turn now and then.
        if (state.pulled % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, rows: rows() };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("streamed exports", () => {
  for (const format of EXPORT_FORMATS)
    it(`${format}: a reader that does not read holds the export back, and cancelling stops it`, async () => {
      const { state, rows } = endless();
      const { body } = streamLetters(format, rows, { fileName: "test", cover: { title: "Test" } });
      const reader = body.getReader();
      expect((await reader.read()).done).toBe(false);
      // The writer fills its buffers, then waits for the reader.
      const held = await steadyCount(() => state.pulled);
      await settle(300);
      // Nothing is read: the writer waits rather than rendering on into memory.
      expect(state.pulled).toBe(held);
      expect(held).toBeLessThan(5_000);

      await reader.cancel();
      await settle(100);
      expect(state.closed).toBe(true);
      const stopped = state.pulled;
      await settle(200);
      expect(state.pulled).toBe(stopped);
    });

  it("csv: the download comes in chunks of many rows, not a chunk per row", async () => {
    async function* rows() {
      for (let i = 0; i < 2_000; i++) yield row(i);
    }
    const { body } = streamLetters("csv", rows(), { fileName: "test", cover: { title: "Test" } });
    let chunks = 0;
    let text = "";
    const decoder = new TextDecoder();
    const reader = body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks++;
      text += decoder.decode(read.value, { stream: true });
    }
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(2_001);
    // Each chunk goes through the response on its own: 95,000 of them were a third of an
    // export's time. These rows are some 5 KB each, so a 64 KB chunk holds a dozen.
    expect(chunks).toBeLessThan(2_000 / 10);
  });
});
