"use client";

import { useState } from "react";

type Labels = { button: string; hint: string; failed: string };

/**
 * "I wrote": one post of the slug, nothing else (no cookie, no storage). The server keeps
 * only a number per person and day, limits each client (lib/letters/visitor-count.ts)
 * and answers with the thank-you in the page's language, plural forms included.
 */
export function IWrote({ slug, locale, labels }: { slug: string; locale: string; labels: Labels }) {
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  async function claim() {
    setBusy(true);
    try {
      const response = await fetch(`/api/letters-written?locale=${encodeURIComponent(locale)}`, {
        method: "POST",
        body: slug,
      });
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      setMessage(body.message ?? labels.failed);
    } catch {
      setMessage(labels.failed);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="mt-4 print:hidden">
      <button
        type="button"
        onClick={() => void claim()}
        disabled={busy}
        className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white hover:opacity-90 disabled:opacity-60"
      >
        {labels.button}
      </button>
      <p className="mt-1 text-xs text-muted">{labels.hint}</p>
      <p role="status" className="mt-1 text-sm">
        {message}
      </p>
    </div>
  );
}
