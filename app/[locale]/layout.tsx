import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Casebook — political prisoners, every fact sourced", template: "%s · Casebook" },
  description: "Records of political prisoners: who they are, why and where they are held, and how to write to them. Every fact is cited to its source.",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
  openGraph: { siteName: "Casebook", type: "website" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <header className="border-b border-line bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
            <Link href="/" className="font-serif text-xl font-semibold tracking-tight text-accent">
              Casebook
            </Link>
            <nav aria-label="Main" className="flex gap-5 text-sm font-medium text-muted">
              <Link href="/prisoners" className="hover:text-ink">Prisoners</Link>
              <Link href="/stats" className="hover:text-ink">Statistics</Link>
              <Link href="/about" className="hover:text-ink">About the data</Link>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <footer className="border-t border-line bg-white">
          <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted sm:px-6">
            Every fact on Casebook links to the passage it comes from. Names and details of families are never published.
          </div>
        </footer>
      </body>
    </html>
  );
}
