"use client";

import { useErrorText } from "@/components/site/error-text";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = useErrorText();
  return (
    <div className="py-16 text-center">
      {text && <h1 className="font-serif text-3xl font-semibold">{text.title}</h1>}
      {text && <p className="mt-3 text-muted">{text.body}</p>}
      {/* The digest is on the server's log line of this error, with the request's id (instrumentation.ts). */}
      {error.digest && (
        <p className="mt-3 text-sm text-muted">
          {text?.reference ?? "Reference"}: <code>{error.digest}</code>
        </p>
      )}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-teal-900"
      >
        {text?.retry ?? "↻"}
      </button>
    </div>
  );
}
