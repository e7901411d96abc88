import { createHash } from "node:crypto";

// How two sources are recognised as the same: the same URL once tracking parameters and
// cosmetic differences are removed, or the same text once white space is folded.

export function sourceTextHash(text: string) {
  return createHash("sha256").update(text.normalize("NFC").replace(/\s+/g, " ").trim()).digest("hex");
}

export function normaliseUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    if (!["http:", "https:"].includes(url.protocol)) return null;
    url.hash = "";
    url.hostname = url.hostname.toLowerCase().replace(/^(www|m|amp)\./, "");
    for (const key of [...url.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|igshid$)/i.test(key)) url.searchParams.delete(key);
    }
    url.searchParams.sort();
    url.protocol = "https:";
    return url.toString().replace(/\/(?=$|\?)/, "");
  } catch {
    return null;
  }
}
