/** Line breaks as LF. Forms send CRLF; stored source texts and the quotes matched against them use LF. */
export function withLF(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
