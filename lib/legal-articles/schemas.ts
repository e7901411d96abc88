// A criminal-code article, shared by every charge brought under it.
import type { FieldSpec } from "../forms/fields";

export const LEGAL_ARTICLE_FIELDS: FieldSpec[] = [
  {
    name: "jurisdiction",
    label: "Country code",
    type: "text",
    required: true,
    default: "BY",
    hint: "ISO 3166, e.g. BY, RU",
  },
  { name: "code", label: "Code", type: "text", required: true, default: "Criminal Code" },
  { name: "article", label: "Article", type: "text", required: true, hint: "e.g. 342 or 361-1" },
  { name: "part", label: "Part", type: "text", hint: "e.g. 1; empty for the whole article" },
  {
    name: "title",
    label: "Title",
    type: "text",
    required: true,
    hint: "e.g. Organisation of actions grossly violating public order",
  },
];
