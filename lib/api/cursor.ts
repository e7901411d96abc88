// Opaque cursors for keyset pagination over (sort name, id): stable while records change,
// unlike page numbers.
import { z } from "zod";
const CURSOR = z.tuple([z.string(), z.string()]);

export type Cursor = { sortName: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sortName, cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(text: string | null | undefined): Cursor | null | "invalid" {
  if (!text) return null;
  try {
    const value = CURSOR.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    if (value.success) return { sortName: value.data[0], id: value.data[1] };
  } catch {
    // fall through
  }
  return "invalid";
}
