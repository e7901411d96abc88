import { describe, expect, it } from "vitest";
import { readRevision, revisionShape } from "./shape";

const row = { id: "p1", displayName: "Ihar Lednik", version: 2 };

describe("the revision shape", () => {
  it("reads a revision in the one shape", () => {
    expect(readRevision({ entityType: "person", entityId: "p1", before: null, after: row })).toEqual({
      entityType: "person",
      before: null,
      after: row,
      readable: true,
    });
  });

  it("reads what the old importer wrote without failing, as not restorable", () => {
    // entity type "Person", {version} before and {changes} after: the rows that made history answer 500.
    expect(
      readRevision({ entityType: "Person", entityId: "p1", before: { version: 1 }, after: { changes: ["x"] } }),
    ).toEqual({ entityType: null, before: null, after: null, readable: false });
    expect(
      readRevision({ entityType: "person", entityId: "p1", before: { version: 1 }, after: { changes: ["x"] } }),
    ).toEqual({ entityType: "person", before: null, after: null, readable: false });
    expect(readRevision({ entityType: "timelineEvent", entityId: "e1", before: "text", after: [1] }).readable).toBe(
      false,
    );
  });

  it("refuses to write an unknown entity, an origin nobody reads, a summary for a row, or nothing", () => {
    const valid = {
      entityType: "person",
      entityId: "p1",
      personId: "p1",
      version: 2,
      before: row,
      after: row,
      summary: "Edited",
      changedById: null,
      origin: "edit",
    };
    expect(revisionShape.safeParse(valid).success).toBe(true);
    expect(revisionShape.safeParse({ ...valid, entityType: "Person" }).success).toBe(false);
    expect(revisionShape.safeParse({ ...valid, origin: "sync" }).success).toBe(false);
    expect(revisionShape.safeParse({ ...valid, after: { changes: ["x"] } }).success).toBe(false);
    expect(revisionShape.safeParse({ ...valid, after: { ...row, id: "p2" } }).success).toBe(false);
    expect(revisionShape.safeParse({ ...valid, before: null, after: null }).success).toBe(false);
  });
});
