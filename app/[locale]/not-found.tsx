import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">Page not found</h1>
      <p className="mt-3 text-muted">There is no published record at this address.</p>
      <Link href="/prisoners" className="mt-6 inline-block font-semibold text-accent hover:underline">Browse all records</Link>
    </div>
  );
}
