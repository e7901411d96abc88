// Next 16 sends a 404 of a dynamic route as a bare error shell, `<html id="__next_error__">`
// without `lang`, and renders the not-found page in the browser (vercel/next.js#97000,
// #97514). The custom server (scripts/serve.ts) adds the language of the address to that
// tag, so the document served to crawlers, checkers and screen readers declares it.

const SHELL = '<html id="__next_error__">';

/** The language of a public address: its /be or /ru prefix, else English. */
export function languageOfPath(pathname: string): string {
  const first = pathname.split("/")[1];
  return first === "be" || first === "ru" ? first : "en";
}

/** The chunk with the shell's <html> tag given a lang, or the chunk unchanged (bytes are spliced, never re-decoded). */
export function withShellLanguage(chunk: string | Uint8Array, lang: string): string | Uint8Array {
  const bytes =
    typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const at = bytes.indexOf(SHELL);
  if (at < 0) return chunk;
  const tag = Buffer.from(`<html id="__next_error__" lang="${lang}">`);
  return Buffer.concat([bytes.subarray(0, at), tag, bytes.subarray(at + SHELL.length)]);
}
