import "server-only";
import { z } from "zod";
import { ParseLimitExceeded, ParseRefusal, runParseJob } from "../workers/parse-pool";
import { SheetError, type Sheet } from "./read-sheet";

export const sheetSchema = z.object({ headers: z.array(z.string()), rows: z.array(z.array(z.string())) });

/** readSheet() in a parse worker, with its time and memory caps: an uploaded spreadsheet is untrusted. */
export async function readUploadedSheet(fileName: string, content: Uint8Array): Promise<Sheet> {
  try {
    return sheetSchema.parse(await runParseJob({ kind: "read-sheet", fileName, content }));
  } catch (error) {
    if (error instanceof ParseRefusal || error instanceof ParseLimitExceeded) throw new SheetError(error.message);
    throw error;
  }
}
