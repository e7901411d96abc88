"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

// Anything a workspace page did not expect (a 404 has its own page; a conflict or invalid
// input comes back to the form). The message stays calm and general, never a stack trace;
// the reference is Next's digest of the error, which the server log carries next to it,
// so an administrator can find what happened.
export default function WorkspaceError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 ref={heading} tabIndex={-1} className="font-serif text-3xl font-semibold focus:outline-none">
        This page could not be shown
      </h1>
      <p className="mt-3 text-muted">
        A save either happens completely or not at all, so check the record before entering a change again. If this
        keeps happening, tell an administrator and quote the reference below.
      </p>
      {error.digest && (
        <p className="mt-4 text-sm text-muted">
          Reference: <code className="rounded bg-white px-1.5 py-0.5 text-ink">{error.digest}</code>
        </p>
      )}
      <div className="mt-6 flex items-center justify-center gap-4">
        <button
          type="button"
          disabled={retrying}
          onClick={() =>
            // A server component failed: fetch it again, then re-render the boundary.
            startRetry(() => {
              router.refresh();
              reset();
            })
          }
          className="rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-teal-900 disabled:opacity-60"
        >
          {retrying ? "Trying again…" : "Try again"}
        </button>
        <Link href="/workspace" className="font-semibold text-accent hover:underline">
          Back to the workspace
        </Link>
      </div>
    </div>
  );
}
