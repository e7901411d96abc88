import { describe, expect, it } from "vitest";
import { sameSitePath } from "./return-path";

// Issue 12: `$return` in forms was an unchecked redirect.
describe("sameSitePath", () => {
  const fallback = "/workspace";
  it("keeps a path on this site", () => {
    expect(sameSitePath("/workspace/prisoners/maksim-znak/items/charge/abc", fallback)).toBe(
      "/workspace/prisoners/maksim-znak/items/charge/abc",
    );
    expect(sameSitePath("/workspace/sources?type=NEWS", fallback)).toBe("/workspace/sources?type=NEWS");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/workspace",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    " /workspace",
    "/workspace\n/x",
    "/\tevil.example",
    "workspace",
    "",
    "/%2F%2Fevil.example",
  ])("refuses %j", (value) => {
    const result = sameSitePath(value, fallback);
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    if (!value.startsWith("/%2F")) expect(result).toBe(fallback);
  });
});
