import { describe, expect, it } from "vitest";
import { settingProblems } from "./env";

// Issue 12: outside demo mode a missing or short NEXTAUTH_SECRET was noticed only when a
// page was requested (500), after the server said "Ready". The launcher now checks first.
describe("settingProblems", () => {
  const production = { DATABASE_URL: "postgresql://db/casebook", NODE_ENV: "production" } as const;

  it("names a missing or short NEXTAUTH_SECRET outside demo mode", () => {
    expect(settingProblems(production, false)).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET is not set/)]);
    expect(settingProblems({ ...production, NEXTAUTH_SECRET: "short" }, false)).toEqual([
      "NEXTAUTH_SECRET must be at least 32 characters",
    ]);
    expect(settingProblems({ ...production, NEXTAUTH_SECRET: "x".repeat(32) }, false)).toEqual([]);
  });

  it("lets the demo generate its own secret, and names other bad settings", () => {
    expect(settingProblems({}, true)).toEqual([]);
    expect(settingProblems({ DATABASE_URL: "not a url", PORT: "eighty" }, true)).toEqual([
      "DATABASE_URL must be a postgresql:// URL",
      'PORT must be a port number, not "eighty".',
    ]);
  });
});
