import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

// The 404 of an address no root layout serves (/api/…, a mistyped asset): a whole page, in English.
export const metadata: Metadata = { title: "Page not found · Casebook" };

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <main className="mx-auto max-w-xl px-4 py-16 text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-muted">404</p>
          <h1 className="mt-2 font-serif text-3xl font-semibold">Page not found</h1>
          <p className="mt-3">
            <Link href="/prisoners" className="font-semibold text-accent hover:underline">
              Browse the prisoners
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
