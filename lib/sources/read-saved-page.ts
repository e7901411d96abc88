import "server-only";
import { z } from "zod";
import { ParseLimitExceeded, ParseRefusal, runParseJob } from "../workers/parse-pool";
import { ExtractionError, type ExtractedArticle } from "./extract-html";

const extracted = z.object({
  title: z.string().nullable(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  publishedTime: z.string().nullable(),
  language: z.string().nullable(),
  text: z.string(),
});

/** extractArticle() in a parse worker, with its time and memory caps: an uploaded page is untrusted. */
export async function readSavedPage(html: string, url?: string): Promise<ExtractedArticle> {
  try {
    return extracted.parse(await runParseJob({ kind: "extract-html", html, url }));
  } catch (error) {
    if (error instanceof ParseRefusal || error instanceof ParseLimitExceeded) throw new ExtractionError(error.message);
    throw error;
  }
}
