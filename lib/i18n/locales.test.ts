import { describe, expect, it } from "vitest";
import { localePath, pageAlternates, splitLocalePath } from "./locales";

describe("language prefixes", () => {
  it("leaves English unprefixed and prefixes the others", () => {
    expect(localePath("en", "/prisoners/maria-kalesnikava")).toBe("/prisoners/maria-kalesnikava");
    expect(localePath("be", "/prisoners/maria-kalesnikava")).toBe("/be/prisoners/maria-kalesnikava");
    expect(localePath("ru", "/")).toBe("/ru");
    expect(localePath("ru", "/prisoners?q=Znak")).toBe("/ru/prisoners?q=Znak");
  });

  it("reads the language back from an address", () => {
    expect(splitLocalePath("/be/prisoners")).toEqual({ locale: "be", path: "/prisoners" });
    expect(splitLocalePath("/ru")).toEqual({ locale: "ru", path: "/" });
    expect(splitLocalePath("/en/stats")).toEqual({ locale: "en", path: "/stats" });
    expect(splitLocalePath("/stats")).toEqual({ locale: "en", path: "/stats" });
    expect(splitLocalePath("/")).toEqual({ locale: "en", path: "/" });
  });

  it("lists every language of a page for hreflang", () => {
    expect(pageAlternates("be", "/stats").languages).toEqual({
      en: "/stats",
      be: "/be/stats",
      ru: "/ru/stats",
      "x-default": "/stats",
    });
    expect(pageAlternates("be", "/stats").canonical).toBe("/be/stats");
  });
});
