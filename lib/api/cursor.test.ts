import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("API cursors", () => {
  it("round-trip, including Cyrillic sort names", () => {
    const cursor = { sortName: "Калеснікава, Марыя", id: "demo-maria-kalesnikava" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it("reject what they did not produce", () => {
    expect(decodeCursor("not-a-cursor")).toBe("invalid");
    expect(decodeCursor(Buffer.from('{"a":1}').toString("base64url"))).toBe("invalid");
    expect(decodeCursor(undefined)).toBeNull();
  });
});
