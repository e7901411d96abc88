// The five articles of the demo, as sources. Their texts are in ./articles (copied
// verbatim from shared/articles). Titles the texts do not carry are marked as supplied;
// publication dates come from the brief ("the December 2025 release") unless the text
// states one. See docs/decisions/003-demo-data.md.
import type { DatePrecision } from "../../lib/dates/partial-date";

export type DemoSource = {
  key: SourceKey;
  id: string;
  file: string;
  title: string;
  publisher?: string;
  published?: { date: string; precision?: DatePrecision };
  type: "NEWS" | "NGO_STATEMENT";
  reliability: "HIGH" | "MEDIUM" | "LOW";
};

export type SourceKey = "a000" | "a001" | "a002" | "a003" | "a004";

export const demoSources: DemoSource[] = [
  {
    key: "a000",
    id: "demo-source-000",
    file: "000_089b8e98762fdf81.txt",
    title: "Maria Kalesnikava released along with 122 other detainees (title supplied)",
    published: { date: "2025-12" },
    type: "NEWS",
    reliability: "MEDIUM",
  },
  {
    key: "a001",
    id: "demo-source-001",
    file: "001_342fb8e2afa4ee5d.txt",
    // Reads as generated search-engine copy (FAQ, key-points table): cite it only with others.
    title: "The Belarus prisoner release: 123 political prisoners freed (title supplied)",
    published: { date: "2025-12" },
    type: "NEWS",
    reliability: "LOW",
  },
  {
    key: "a002",
    id: "demo-source-002",
    file: "002_0d5b410cc8f489fe.txt",
    title: "Belarusian Activist's Health Deteriorates as Lukashenko Releases Some Prisoners",
    published: { date: "2024-09-13" },
    type: "NEWS",
    reliability: "MEDIUM",
  },
  {
    key: "a003",
    id: "demo-source-003",
    file: "003_062c9b54ee38ab7c.txt",
    title: "Encouraging news on the end to isolation of Maria Kalesnikava",
    publisher: "Amnesty International UK",
    // Not dated in the text: it follows "well over a year" without news after February 2023
    // and speaks of "this year's Write for Rights Campaign".
    published: { date: "2024" },
    type: "NGO_STATEMENT",
    reliability: "HIGH",
  },
  {
    key: "a004",
    id: "demo-source-004",
    file: "004_bf5da36ee2e3d076.txt",
    title: "123 political prisoners released from Belarus (title supplied)",
    published: { date: "2025-12" },
    type: "NEWS",
    reliability: "MEDIUM",
  },
];
