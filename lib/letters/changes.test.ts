import { describe, expect, it } from "vitest";
import { diffSnapshots, type CaseSnapshot } from "./changes";

const s = (personId: string, section: CaseSnapshot["section"], envelope: string[]): CaseSnapshot => ({
  personId,
  name: personId,
  section,
  status: "X",
  envelope,
});

describe("diffSnapshots", () => {
  it("reports releases, transfers, additions and removals since the last export", () => {
    const before = [s("a", "appeal", ["A", "IK-1"]), s("b", "appeal", ["B", "IK-1"]), s("c", "appeal", ["C", "IK-2"])];
    const now = [s("a", "released", []), s("b", "appeal", ["B", "IK-3"]), s("d", "appeal", ["D"])];
    expect(diffSnapshots(before, now).map((c) => `${c.personId}: ${c.change.split(":")[0]}`)).toEqual([
      "a: released",
      "b: new address (transferred or corrected)",
      "d: added to the campaign",
      "c: no longer in the export (removed or unpublished)",
    ]);
    expect(diffSnapshots(now, now)).toEqual([]);
  });
});
