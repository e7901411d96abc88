// URL slugs for people, facilities and campaigns: one rule everywhere. Cyrillic is
// romanised first (Belarusian passport spelling), so "Марыя Калеснікава" gives
// "maryya-kalesnikava" rather than an empty slug.
import { bePassport } from "../names/systems";
import { transliterate } from "../names/transliterate";

export function slugify(text: string, fallback: string): string {
  const slug = transliterate(text, bePassport)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
  return slug || fallback;
}

/** The slug itself, or with -2, -3… appended, whichever is not yet taken. */
export async function firstFreeSlug(
  slug: string,
  isTaken: (candidate: string) => Promise<boolean> | boolean,
): Promise<string> {
  let candidate = slug;
  for (let n = 2; await isTaken(candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}

/** Whether a URL segment can be a slug at all (as slugify makes them), checked before asking the database. */
export function isSlug(text: string): boolean {
  return text.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}

/** Whether a URL segment can be a record id (cuid, uuid, or the demo's readable ids). */
export function isRecordId(text: string): boolean {
  return /^[A-Za-z0-9_-]{1,100}$/.test(text);
}
