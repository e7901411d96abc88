// A minimal Atom 1.0 (RFC 4287) writer. Every text is escaped; callers pass only public
// projection fields.

export type AtomEntry = { id: string; title: string; updated: Date; link: string; summary?: string | null };
export type AtomFeed = { id: string; title: string; self: string; link: string; updated: Date; entries: AtomEntry[] };

const escape = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

export function renderAtom(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    <id>${escape(e.id)}</id>`,
      `    <title>${escape(e.title)}</title>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    <link rel="alternate" href="${escape(e.link)}"/>`,
      e.summary ? `    <summary>${escape(e.summary)}</summary>` : null,
      "  </entry>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escape(feed.id)}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <link rel="self" href="${escape(feed.self)}"/>`,
    `  <link rel="alternate" href="${escape(feed.link)}"/>`,
    "  <author><name>Casebook</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

export const atomHeaders = {
  "Content-Type": "application/atom+xml; charset=utf-8",
  "Cache-Control": "public, max-age=60",
};
