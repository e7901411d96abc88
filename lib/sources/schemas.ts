// The source form: what a caseworker records about an article or document.
import type { FieldSpec } from "../cases/schemas";

export const SOURCE_FIELDS: FieldSpec[] = [
  { name: "title", label: "Title", type: "text", required: true },
  { name: "publisher", label: "Publisher", type: "text", hint: "e.g. Viasna, Reuters, Amnesty International UK" },
  { name: "author", label: "Author", type: "text" },
  { name: "publishedDate", label: "Published", type: "date" },
  { name: "language", label: "Language code", type: "text", required: true, default: "en", hint: "be, ru, en…" },
  { name: "url", label: "Original URL", type: "text", hint: "Optional. The stored text below is what citations quote, so the page may go offline." },
  {
    name: "type", label: "Type", type: "select", required: true, default: "NEWS",
    options: { NEWS: "News", NGO_STATEMENT: "NGO statement", COURT_DOCUMENT: "Court document", FAMILY_STATEMENT: "Family statement", SOCIAL_MEDIA: "Social media", OFFICIAL_STATEMENT: "Official statement", OTHER: "Other" },
  },
  { name: "reliability", label: "Reliability", type: "select", required: true, default: "UNVERIFIED", options: { HIGH: "High", MEDIUM: "Medium", LOW: "Low", UNVERIFIED: "Not yet assessed" } },
  { name: "visibility", label: "Visibility", type: "visibility", default: "INTERNAL" },
  { name: "text", label: "Text", type: "textarea", hint: "Paste the article's text, or upload the saved page below. Once cited, it cannot be changed." },
];
