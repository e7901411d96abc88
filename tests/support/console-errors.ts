// A console.error during a test fails that test (after epic-stack's setup-test-env):
// React warnings, a logged 500 in a route handler or a rejected promise someone only
// logged would otherwise pass silently. A test that provokes an error on purpose says so
// with expectConsoleError(/pattern/); the error is then allowed for that test only.
import { afterEach, beforeEach, vi } from "vitest";

type State = { logged: unknown[][]; expected: RegExp[] };
const state: State = { logged: [], expected: [] };

/** Allows console.error output matching `pattern` during the current test. */
export function expectConsoleError(pattern: RegExp) {
  state.expected.push(pattern);
}

const describeCall = (args: unknown[]) =>
  args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === "string" ? a : String(a))).join(" ");

beforeEach(() => {
  state.logged = [];
  state.expected = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    state.logged.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  const unexpected = state.logged.map(describeCall).filter((text) => !state.expected.some((p) => p.test(text)));
  if (unexpected.length > 0)
    throw new Error(`console.error was called during this test:\n${unexpected.map((t) => `  ${t}`).join("\n")}`);
});
