// Opaque cursors for keyset pagination over (sort name, id): stable while records change,
// unlike page numbers.
import { z } from "zod";

const cursorSchema = z.tuple([z.string(), z.string()]);

export type Cursor = { sortName: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sortName, cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(text: string | null | undefined): Cursor | null | "invalid" {
  if (!text) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    if (parsed.success) {
      const [sortName, id] = parsed.data;
      return { sortName, id };
    }
  } catch {
    // fall through
  }
  return "invalid";
}
