import { locateQuote } from "./locate-quote";

export const QUOTE_NOT_IN_SOURCE =
  "This passage does not occur in the source’s text. Paste it exactly as written there.";

/**
 * Why a quote cannot be cited from this text, or null when it can. A paste that differs
 * only in quotation marks, dashes or spacing gets the passage as written in the source.
 */
export function quoteProblem(text: string, quote: string): string | null {
  const located = locateQuote(text, quote);
  if (located.found) return null;
  if (located.suggestion)
    return `The source writes this passage slightly differently: “${located.suggestion}”. Copy it exactly as written there.`;
  return QUOTE_NOT_IN_SOURCE;
}
