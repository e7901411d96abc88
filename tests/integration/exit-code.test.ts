import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Guards a bug that made failing test runs pass: embedded-postgres's exit hook called
// process.exit(0) on 'beforeExit', overriding the failing exit code Vitest had set.
describe("processes that load the embedded PostgreSQL", () => {
  it("keep a failing exit code set before they end", () => {
    const script = `import "./lib/db/embedded-postgres.ts"; process.exitCode = 3;`;
    const result = spawnSync("npx", ["tsx", "--eval", script], { encoding: "utf8" });
    expect(result.status).toBe(3);
  });

  it("still exit 0 when nothing failed", () => {
    const result = spawnSync("npx", ["tsx", "--eval", `import "./lib/db/embedded-postgres.ts";`], { encoding: "utf8" });
    expect(result.status).toBe(0);
  });
});
