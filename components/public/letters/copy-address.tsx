"use client";

import { useState } from "react";

/** Copies the envelope lines, one per line, and says so in a polite live region. */
export function CopyAddress({
  text,
  labels,
}: {
  text: string;
  labels: { copy: string; copied: string; failed: string };
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 print:hidden">
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium hover:border-accent"
      >
        {labels.copy}
      </button>
      <span role="status" className="text-sm text-muted">
        {state === "copied" ? labels.copied : state === "failed" ? labels.failed : ""}
      </span>
    </div>
  );
}
