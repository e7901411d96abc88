// Extracts the readable article from a saved HTML page (menus, comments, scripts and
// footers dropped) with Mozilla's Readability, the engine of Firefox's reader view.
// No network: only the uploaded file is read, and its scripts are never run.
import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";

export type ExtractedArticle = {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  language: string | null;
  text: string;
};

export class ExtractionError extends Error {}

export function extractArticle(html: string, url?: string): ExtractedArticle {
  const dom = new JSDOM(html, { url: url ?? "https://source.invalid/", runScripts: undefined, resources: undefined });
  const document = dom.window.document;
  const language = document.documentElement.getAttribute("lang");
  const article = new Readability(document, { keepClasses: false }).parse();
  dom.window.close();
  if (!article?.content) throw new ExtractionError("No article text was found in this page. Paste the text instead.");
  const text = paragraphsOf(article.content);
  if (text.length < 200)
    throw new ExtractionError("The page has too little text to be an article. Paste the text instead.");
  return {
    title: article.title?.trim() || null,
    byline: article.byline?.trim() || null,
    siteName: article.siteName?.trim() || null,
    publishedTime: article.publishedTime?.trim() || null,
    language: language?.split("-")[0] ?? article.lang ?? null,
    text,
  };
}

/** Block elements become paragraphs separated by blank lines; inline white space is folded. */
function paragraphsOf(contentHtml: string): string {
  const { document } = new JSDOM(`<body>${contentHtml}</body>`).window;
  const blocks = document.body.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td");
  const parts: string[] = [];
  blocks.forEach((el) => {
    if (el.querySelector("p, li, blockquote")) return; // its children are listed themselves
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) parts.push(text);
  });
  return parts.length ? parts.join("\n\n") : (document.body.textContent ?? "").replace(/\s+/g, " ").trim();
}
