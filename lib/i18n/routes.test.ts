import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { englishPageTarget } from "./english-addresses";

// English pages are served at unprefixed addresses by rewrites in next.config.js; a new
// public page without one would answer 404 in English while working in Belarusian.

function pageRoutes(dir: string, route = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "page.tsx" ? [route || "/"] : [];
    if (entry.name.startsWith("[...")) return []; // the catch-all 404
    const segment = entry.name.replace(/^\[(.+)\]$/, ":$1");
    return pageRoutes(path.join(dir, entry.name), `${route}/${segment}`);
  });
}

describe("English addresses", () => {
  it("rewrite every public page to its English version", async () => {
    const configFile = pathToFileURL(path.resolve(import.meta.dirname, "../../next.config.js")).href;
    const nextConfig = ((await import(/* @vite-ignore */ configFile)) as { default: NextConfig }).default;
    const rewrites = await nextConfig.rewrites!();
    const beforeFiles = Array.isArray(rewrites) ? rewrites : rewrites.beforeFiles;
    const pages = pageRoutes(path.resolve(import.meta.dirname, "../../app/[locale]"));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      expect(beforeFiles, page).toContainEqual({ source: page, destination: page === "/" ? "/en" : `/en${page}` });
    }
  });
});

describe("englishPageTarget", () => {
  it("names the /en page of each English address and nothing else", () => {
    expect(englishPageTarget("/")).toBe("/en");
    expect(englishPageTarget("/prisoners")).toBe("/en/prisoners");
    expect(englishPageTarget("/prisoners/maria-kalesnikava/timeline")).toBe("/en/prisoners/maria-kalesnikava/timeline");
    expect(englishPageTarget("/sources/demo-source-002")).toBe("/en/sources/demo-source-002");
    for (const other of [
      "/be/prisoners",
      "/en/prisoners",
      "/prisoners/a/b",
      "/workspace",
      "/api/v1/cases",
      "/feed.xml",
    ])
      expect(englishPageTarget(other), other).toBeNull();
  });
});
