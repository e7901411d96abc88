import type { Metadata } from "next";

export const metadata: Metadata = { title: "About the data" };

export default function AboutPage() {
  return (
    <article className="max-w-3xl space-y-4 leading-relaxed">
      <h1 className="font-serif text-3xl font-semibold tracking-tight">About the data</h1>
      <p>
        Casebook records are kept by human-rights caseworkers. Each fact on a case page carries a numbered citation to the
        article, statement or document it comes from; following it shows the stored copy of that source with the passage highlighted.
      </p>
      <p>
        Dates are shown only as precisely as they are known: “September 2020” means the day is not known. Where sources disagree,
        the page says so.
      </p>
      <p>
        Some information is never published: contact details of families, health records, and anything that could put a person or
        their relatives at risk. A case appears here only after a caseworker publishes it.
      </p>
    </article>
  );
}
