// Opaque cursors for keyset pagination over (sort name, id): stable while records change,
// unlike page numbers.
export type Cursor = { sortName: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sortName, cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(text: string | null | undefined): Cursor | null | "invalid" {
  if (!text) return null;
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string"))
      return { sortName: value[0], id: value[1] };
  } catch {
    // fall through
  }
  return "invalid";
}
