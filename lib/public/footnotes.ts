// Numbers a case page's citations in the order their facts appear, so that the same
// source passage cited twice keeps one number and the list at the bottom matches.
import type { PublicCitation } from "./record";

export type Footnote = { number: number; citation: PublicCitation };

export class Footnotes {
  private readonly bySubject = new Map<string, PublicCitation[]>();
  private readonly numbers = new Map<string, number>();
  readonly list: Footnote[] = [];

  constructor(citations: PublicCitation[]) {
    for (const c of citations) {
      const key = Footnotes.key(c.subjectType, c.subjectId, c.field);
      this.bySubject.set(key, [...(this.bySubject.get(key) ?? []), c]);
    }
  }

  private static key(subjectType: string, subjectId: string, field: string | null = null) {
    return `${subjectType}:${subjectId}:${field ?? ""}`;
  }

  /** The footnotes for one fact, numbering new ones as they are first used. */
  for(subjectType: string, subjectId: string, field: string | null = null): Footnote[] {
    // The sources the record follows first, then those that disagree with it.
    const cited = [...(this.bySubject.get(Footnotes.key(subjectType, subjectId, field)) ?? [])].sort((a, b) => Number(b.isPreferred) - Number(a.isPreferred));
    return cited.map((citation) => {
      const identity = !citation.public ? `internal:${citation.id}` : citation.isPreferred ? `${citation.sourceId}\u0000${citation.quote}` : `differs:${citation.id}`;
      let number = this.numbers.get(identity);
      if (number === undefined) {
        number = this.list.length + 1;
        this.numbers.set(identity, number);
        this.list.push({ number, citation });
      }
      return { number, citation };
    });
  }
}
