// Which Chromium the browser tests drive: Playwright's own when installed, else the
// system's (Debian's `chromium` package). Playwright's download is blocked on some
// machines, so the system one is a first-class option.
import fs from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export const MISSING_BROWSER_HELP = `No Chromium found for the browser tests. Install one of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium
  - Playwright's own build:  npx playwright install chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary.`;

/** undefined = Playwright's bundled browser; a path = a system browser; null = none. */
export function findChromium(): string | undefined | null {
  if (process.env.CHROMIUM_PATH) return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own here.
  }
  return SYSTEM_CHROMIUM.find((candidate) => fs.existsSync(candidate)) ?? null;
}
