// Issue 12: when a save failed at the database, the caseworker saw "This page couldn't
// load" and what they had typed was gone. With the database out of reach, a save now
// answers "unavailable" and the form state keeps every value with a "try again" message.
import net from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/session-user";

/** A local port with nothing listening on it: the database "is down". */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("a save while the database is unavailable", () => {
  let m: typeof import("../../lib/cases/mutations");
  let result: typeof import("../../app/workspace/action-result");
  const caseworker: Actor = { id: "u1", email: "caseworker@casebook.test", name: "Caseworker", role: "CASEWORKER" };

  beforeAll(async () => {
    process.env.DATABASE_URL = `postgresql://casebook:casebook@127.0.0.1:${await closedPort()}/casebook`;
    m = await import("../../lib/cases/mutations");
    result = await import("../../app/workspace/action-result");
  });

  const values = { type: "STATEMENT", date: "2024-05-01", title: "Typed with care", visibility: "PUBLIC" };

  it("answers 'unavailable' instead of throwing, for a new item and an edit", async () => {
    expect(await m.saveItem(caseworker, "timelineEvent", { personId: "p1", values })).toEqual({
      status: "unavailable",
    });
    expect(await m.saveItem(caseworker, "timelineEvent", { personId: "p1", id: "e1", version: 1, values })).toEqual({
      status: "unavailable",
    });
    expect(await m.updatePerson(caseworker, "p1", 1, { displayName: "A. Person", sortName: "Person, A." })).toEqual({
      status: "unavailable",
    });
  });

  it("the form keeps every typed value and says to try again", async () => {
    const state = result.toFormState({ status: "unavailable" }, values);
    expect(state).toMatchObject({ status: "error", values });
    expect(state.message).toMatch(/try again/);
    expect(state.message).toMatch(/Nothing was saved/);
  });

  it("other forms' saves answer the same through guardedSave", async () => {
    const { saveFacility } = await import("../../lib/facilities/mutations");
    const answer = await result.guardedSave(() =>
      saveFacility(caseworker, { values: { name: "Colony 1", type: "PENAL_COLONY", country: "BY" } }),
    );
    expect(answer).toEqual({ status: "unavailable" });
  });
});
