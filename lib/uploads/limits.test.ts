import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { bodyTooLargeMessage, REQUEST_BODY_LIMIT, tooLargeMessage, UPLOAD_LIMITS } from "./limits";

// Issue 12: the proxy cut bodies at 10 MB while the documented limit was 20 MB, so large
// uploads answered 500. One limit per upload kind, and one body limit above them all,
// the same in next.config.js (Server Actions and the proxy) as here.
describe("upload limits", () => {
  it("next.config.js accepts exactly the request body limit, in the proxy and in Server Actions", async () => {
    const { default: config } = (await import(new URL("../../next.config.js", import.meta.url).href)) as {
      default: NextConfig & { experimental: { proxyClientMaxBodySize?: string } };
    };
    expect(config.experimental?.serverActions?.bodySizeLimit).toBe(REQUEST_BODY_LIMIT.config);
    expect(config.experimental?.proxyClientMaxBodySize).toBe(REQUEST_BODY_LIMIT.config);
    expect(REQUEST_BODY_LIMIT.bytes).toBe(Number.parseInt(REQUEST_BODY_LIMIT.config) * 1024 * 1024);
  });

  it("leaves room for the form around the largest upload", () => {
    for (const limit of Object.values(UPLOAD_LIMITS)) expect(limit.bytes).toBeLessThan(REQUEST_BODY_LIMIT.bytes);
  });

  it("names the limit in every refusal", () => {
    expect(tooLargeMessage("sourcePage")).toContain(UPLOAD_LIMITS.sourcePage.label);
    expect(tooLargeMessage("importSheet")).toContain(UPLOAD_LIMITS.importSheet.label);
    expect(bodyTooLargeMessage()).toContain(REQUEST_BODY_LIMIT.label);
  });
});
