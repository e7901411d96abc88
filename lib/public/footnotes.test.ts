import { describe, expect, it } from "vitest";
import { Footnotes } from "./footnotes";
import type { PublicCitation } from "./record";

const cite = (id: string, subjectId: string, sourceId: string, quote: string, field: string | null = null): PublicCitation => ({
  id, subjectType: "TIMELINE_EVENT", subjectId, field, isPreferred: true, public: true,
  sourceId, sourceTitle: "T", sourcePublisher: null, sourceDate: null, sourceDatePrecision: null, quote,
});

describe("Footnotes", () => {
  it("numbers citations in the order facts appear, one number per passage", () => {
    const notes = new Footnotes([
      cite("c1", "e1", "s1", "first"),
      cite("c2", "e2", "s1", "second"),
      cite("c3", "e2", "s1", "first"),
    ]);
    expect(notes.for("TIMELINE_EVENT", "e2").map((n) => n.number)).toEqual([1, 2]);
    expect(notes.for("TIMELINE_EVENT", "e1").map((n) => n.number)).toEqual([2]);
    expect(notes.list.map((n) => n.citation.id)).toEqual(["c2", "c3"]);
  });

  it("keeps field citations apart from whole-item citations", () => {
    const notes = new Footnotes([cite("c1", "p1", "s1", "bio quote", "bio"), cite("c2", "p1", "s1", "job quote", "occupation")]);
    expect(notes.for("TIMELINE_EVENT", "p1")).toEqual([]);
    expect(notes.for("TIMELINE_EVENT", "p1", "occupation").map((n) => n.citation.id)).toEqual(["c2"]);
  });

  it("lists the sources the record follows before those that disagree, and numbers a disagreeing passage apart", () => {
    const differs = { ...cite("c2", "e1", "s2", "first"), isPreferred: false, note: "gives 8 September" } as PublicCitation;
    const notes = new Footnotes([differs, cite("c1", "e1", "s1", "first"), { ...cite("c3", "e2", "s2", "first") }]);
    expect(notes.for("TIMELINE_EVENT", "e1").map((n) => [n.number, n.citation.id])).toEqual([[1, "c1"], [2, "c2"]]);
    // The same passage cited as agreeing elsewhere gets its own number, not the disagreeing one's.
    expect(notes.for("TIMELINE_EVENT", "e2").map((n) => [n.number, n.citation.id])).toEqual([[3, "c3"]]);
  });
});
