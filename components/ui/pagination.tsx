import Link from "next/link";

/** Previous/next links that keep the rest of the query string, so a search can be shared. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const linkClass = "rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium hover:border-accent hover:text-accent";
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">← Previous</Link> : <span />}
      <span className="text-sm text-muted">Page {page} of {pageCount}</span>
      {page < pageCount ? <Link className={linkClass} href={hrefFor(page + 1)} rel="next">Next →</Link> : <span />}
    </nav>
  );
}
