import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { publicPolicy, workspacePolicy } from "./csp";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("content security policies", () => {
  it("next.config.js sends public pages exactly the policy csp.ts describes", async () => {
    const { default: nextConfig } = (await import(new URL("../../next.config.js", import.meta.url).href)) as {
      default: NextConfig;
    };
    const rules = await nextConfig.headers!();
    const publicRule = rules.find((r) => r.headers.some((h) => h.key === "Content-Security-Policy"))!;
    const sent = publicRule.headers.find((h) => h.key === "Content-Security-Policy")!.value;
    // Vitest runs with NODE_ENV=test, which next.config.js treats as not production.
    expect(sent).toBe(publicPolicy(true));
    expect(publicRule.source).toBe("/:path((?!workspace|login|account).*)");
  });

  it("never lets the site be framed, and keeps inline scripts out of the workspace", () => {
    expect(publicPolicy(false)).toContain("frame-ancestors 'none'");
    expect(directive(publicPolicy(false), "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    // Issue 12: a second line of defence on cached public pages: no inline event handlers.
    expect(directive(publicPolicy(false), "script-src-attr")).toBe("script-src-attr 'none'");
    expect(directive(workspacePolicy("abc", false), "script-src")).toBe(
      "script-src 'self' 'nonce-abc' 'strict-dynamic'",
    );
  });
});
