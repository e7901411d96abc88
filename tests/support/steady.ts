import { expect, vi } from "vitest";

/**
 * Waits until a producer that should be held back by its reader has stopped: its count no
 * longer moves across `quietMs`. How long filling its buffers takes depends on the machine's
 * load, so a fixed pause read a producer still filling them as one that never stops; a
 * producer that really never stops fails here after `timeoutMs`. Returns the steady count.
 */
export async function steadyCount(count: () => number, { quietMs = 200, timeoutMs = 10_000 } = {}) {
  await vi.waitFor(
    async () => {
      const before = count();
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      expect(count()).toBe(before);
    },
    { timeout: timeoutMs, interval: 0 },
  );
  return count();
}
