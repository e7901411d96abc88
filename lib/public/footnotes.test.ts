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
});
