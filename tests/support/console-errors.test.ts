import { describe, it } from "vitest";
import { expectConsoleError } from "./console-errors";

describe("console.error during a test", () => {
  it.fails("fails the test (this test is expected to fail, and does)", () => {
    console.error("Something went wrong that nobody asserted on");
  });

  it("is allowed when the test says it expects that error", () => {
    expectConsoleError(/Public API error/);
    console.error("Public API error", new Error("database gone"));
    // The assertion is the setup file's afterEach: it fails this test unless the error was expected.
  });
});
