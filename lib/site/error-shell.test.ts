import { describe, expect, it } from "vitest";
import { languageOfPath, withShellLanguage } from "./error-shell";

describe("error shell language", () => {
  it("names the language of the address", () => {
    expect(languageOfPath("/be/prisoners/x")).toBe("be");
    expect(languageOfPath("/ru")).toBe("ru");
    expect(languageOfPath("/prisoners/x")).toBe("en");
    expect(languageOfPath("/api/nothing")).toBe("en");
  });

  it("adds lang to the shell's html tag, bytes around it untouched", () => {
    const page = Buffer.from('<!DOCTYPE html><html id="__next_error__"><head><title>Калеснікава</title>');
    const out = Buffer.from(withShellLanguage(page, "be")).toString("utf8");
    expect(out).toBe('<!DOCTYPE html><html id="__next_error__" lang="be"><head><title>Калеснікава</title>');
    const other = Buffer.from('<html lang="en"><body>');
    expect(withShellLanguage(other, "be")).toBe(other);
  });
});
