// Interface text from the catalogs in messages/ (ICU MessageFormat: plurals, selects,
// numbers in the reader's locale). Every call names its locale, which comes from the
// URL: nothing here reads cookies or headers, so cached pages stay cached.
import { IntlMessageFormat, type FormatXMLElementFn, type PrimitiveType } from "intl-messageformat";
import { createElement, Fragment, type ReactNode } from "react";
import be from "../../messages/be.json";
import en from "../../messages/en.json";
import ru from "../../messages/ru.json";
import { INTL_LOCALE, type Locale } from "./locales";

export type Messages = typeof en;
/** The catalogs; tests check that they have the same keys and that every message parses. */
export const catalogs: Record<Locale, Messages> = { en, be, ru };

type Namespace = keyof Messages;
/** Dotted paths to the strings of a catalog section: "title", "labels.status.DETAINED"… */
type Keys<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey<N extends Namespace> = Keys<Messages[N]>;

type Value = string | number | boolean | Date | null | undefined;
/** A value, a React element, or a function that wraps a tag's text: `{ link: (text) => <a>{text}</a> }` for "<link>…</link>". */
type RichValue = Value | ReactNode | ((chunks: ReactNode[]) => ReactNode);

const compiled = new Map<string, IntlMessageFormat>();

function message(locale: Locale, path: string): IntlMessageFormat {
  const cacheKey = `${locale}:${path}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    const text = path
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogs[locale]);
    if (typeof text !== "string") throw new Error(`No message "${path}" in the ${locale} catalog`);
    format = new IntlMessageFormat(text, INTL_LOCALE[locale]);
    compiled.set(cacheKey, format);
  }
  return format;
}

export type Translator<N extends Namespace> = {
  (key: MessageKey<N>, values?: Record<string, Value>): string;
  /** The same message with React elements as values ("Matched <b>name</b>"). */
  rich(key: MessageKey<N>, values: Record<string, RichValue>): ReactNode;
  /** Whether a key exists (for labels of values the catalog may not know, e.g. a new enum member). */
  has(key: string): boolean;
};

/** The messages of one catalog section in one language: `translator("be", "case")("timeline")`. */
export function translator<N extends Namespace>(locale: Locale, namespace: N): Translator<N> {
  const t = ((key: string, values?: Record<string, Value>) =>
    String(message(locale, `${namespace}.${key}`).format(values))) as Translator<N>;
  t.rich = (key, values) => {
    const result = message(locale, `${namespace}.${String(key)}`).format<ReactNode>(
      values as Record<string, PrimitiveType | ReactNode | FormatXMLElementFn<ReactNode>>,
    );
    return Array.isArray(result)
      ? createElement(Fragment, null, ...result.map((part, i) => createElement(Fragment, { key: i }, part)))
      : result;
  };
  t.has = (key) => {
    const node = `${namespace}.${key}`
      .split(".")
      .reduce<unknown>((n, part) => (n as Record<string, unknown> | undefined)?.[part], catalogs[locale]);
    return typeof node === "string";
  };
  return t;
}

/** A label for an enumeration value, falling back to the raw value when the catalog has none. */
export function label(locale: Locale, group: keyof Messages["labels"], value: string): string {
  const t = translator(locale, "labels");
  const key = `${group}.${value}`;
  return t.has(key) ? t(key as MessageKey<"labels">) : value;
}
