// What a workspace page shows while its data loads: a polite status for screen readers
// and a quiet outline of the page, without movement for those who asked for less.
export function LoadingState({ what }: { what: string }) {
  return (
    <div role="status" aria-live="polite" className="py-8">
      <span className="sr-only">Loading {what}…</span>
      <div aria-hidden="true" className="space-y-4 motion-safe:animate-pulse">
        <div className="h-8 w-1/3 rounded bg-line" />
        <div className="h-4 w-2/3 rounded bg-line" />
        <div className="h-4 w-1/2 rounded bg-line" />
        <div className="h-32 w-full rounded bg-line" />
      </div>
    </div>
  );
}
