// Where a form may send the browser back to: a path on this site, never another origin.
// `$return` travels in a hidden field, so anyone can post any value; without this check
// a crafted form could redirect a signed-in caseworker to a look-alike site.

/** `value` when it is a same-site path (`/workspace/…`), else `fallback`. */
export function sameSitePath(value: string, fallback: string): string {
  // One leading slash, then no second slash or backslash (`//evil`, `/\evil` are other
  // hosts to a browser), no scheme, no control characters or spaces.
  if (!/^\/(?![/\\])[^\s\\\u0000-\u001f\u007f]*$/.test(value)) return fallback;
  try {
    const url = new URL(value, "https://casebook.invalid");
    return url.origin === "https://casebook.invalid" ? `${url.pathname}${url.search}` : fallback;
  } catch {
    return fallback;
  }
}
