"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-muted">The page could not be loaded. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-teal-900">
        Try again
      </button>
    </div>
  );
}
