// The few fontkit calls Casebook makes (lib/letters/print/fonts.ts); fontkit ships no types.
declare module "fontkit" {
  export type Font = { hasGlyphForCodePoint(codePoint: number): boolean; familyName: string };
  export function openSync(path: string): Font;
}
