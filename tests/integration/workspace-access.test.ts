import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import { NotFound } from "../../lib/errors/app-error";
import type { Actor, SessionClaims } from "../../lib/auth/session-user";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { defined } from "../support/defined";

// The role × action matrix against the real database. Each action calls the data layer
// the way a page or server action does; "refused" means NotFound (a 404, never a 403)
// or, for a dead session, no actor at all.
type ActionName = "read public" | "read internal" | "read restricted" | "edit" | "publish" | "manage users" | "export";

const EXPECTED: Record<"ADMIN" | "CASEWORKER" | "CAMPAIGNER", Record<ActionName, boolean>> = {
  ADMIN: {
    "read public": true,
    "read internal": true,
    "read restricted": true,
    edit: true,
    publish: true,
    "manage users": true,
    export: true,
  },
  CASEWORKER: {
    "read public": true,
    "read internal": true,
    "read restricted": true,
    edit: true,
    publish: true,
    "manage users": false,
    export: true,
  },
  CAMPAIGNER: {
    "read public": true,
    "read internal": true,
    "read restricted": false,
    edit: false,
    publish: false,
    "manage users": false,
    export: true,
  },
};

describe("workspace access matrix", () => {
  let test: TestDatabase;
  let cases: typeof import("../../lib/cases/queries");
  let mutations: typeof import("../../lib/cases/mutations");
  let users: typeof import("../../lib/users/mutations");
  let exportsLib: typeof import("../../lib/exports/cases");
  let sessions: typeof import("../../lib/auth/session-user");
  const claims: Record<string, SessionClaims> = {};
  let counter = 0;

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    cases = await import("../../lib/cases/queries");
    mutations = await import("../../lib/cases/mutations");
    users = await import("../../lib/users/mutations");
    exportsLib = await import("../../lib/exports/cases");
    sessions = await import("../../lib/auth/session-user");
    for (const user of await test.db.user.findMany()) claims[user.role] = { uid: user.id, sv: user.sessionVersion };
  });
  afterAll(() => test.drop());

  const actions: Record<ActionName, (actor: Actor) => Promise<unknown>> = {
    "read public": async (actor) => {
      const record = await cases.getCase(actor, "maria-kalesnikava", "127.0.0.1");
      expect(record.items.detentionEpisode.length).toBeGreaterThan(0);
    },
    "read internal": async (actor) => {
      // An unpublished person is internal to staff.
      const record = await cases.getCase(actor, "unpublished-example", "127.0.0.1");
      expect(record.person.published).toBe(false);
    },
    "read restricted": async (actor) => {
      const item = await cases.getItem(
        actor,
        "maria-kalesnikava",
        "healthNote",
        "demo-maria-kalesnikava-health-0",
        "127.0.0.1",
      );
      expect(item.row.text).toContain("rapidly declining");
    },
    edit: async (actor) => {
      const result = await mutations.saveItem(actor, "timelineEvent", {
        personId: "demo-maria-kalesnikava",
        values: { type: "STATEMENT", date: "2025-12", title: `Matrix edit ${++counter}`, visibility: "INTERNAL" },
      });
      expect(result.status).toBe("saved");
    },
    publish: (actor) =>
      mutations
        .setPublished(actor, "demo-unpublished-example", true, "127.0.0.1")
        .then(() => mutations.setPublished(actor, "demo-unpublished-example", false, "127.0.0.1")),
    "manage users": async (actor) => {
      const result = await users.createUser(
        actor,
        { email: `new${++counter}@casebook.test`, name: "New", role: "CAMPAIGNER", password: "a long enough password" },
        "127.0.0.1",
      );
      expect(result.status).toBe("saved");
    },
    export: async (actor) => {
      const { body } = await exportsLib.exportCaseList(
        actor,
        { q: "", status: "", publication: "" },
        "csv",
        "https://casebook.example",
        "127.0.0.1",
      );
      expect(await new Response(body).text()).toContain("maria-kalesnikava");
    },
  };

  for (const role of ["ADMIN", "CASEWORKER", "CAMPAIGNER"] as const) {
    for (const action of Object.keys(actions) as ActionName[]) {
      const allowed = EXPECTED[role][action];
      it(`${role.toLowerCase()} ${allowed ? "may" : "may not"} ${action}`, async () => {
        const actor = await sessions.resolveSessionUser(test.db, claims[role]);
        expect(actor?.role).toBe(role);
        const outcome = actions[action](actor!);
        if (allowed) await expect(outcome).resolves.not.toThrow();
        else await expect(outcome).rejects.toBeInstanceOf(NotFound);
      });
    }
  }

  it("a campaigner's case view has no restricted items or contact details, a caseworker's has them", async () => {
    const campaigner = (await sessions.resolveSessionUser(test.db, claims.CAMPAIGNER))!;
    const caseworker = (await sessions.resolveSessionUser(test.db, claims.CASEWORKER))!;
    const seen = JSON.stringify(await cases.getCase(campaigner, "maria-kalesnikava", null));
    expect(seen).not.toContain("CANARY-RESTRICTED");
    expect(seen).not.toContain("Her sister reports that her health");
    const full = JSON.stringify(await cases.getCase(caseworker, "maria-kalesnikava", null));
    expect(full).toContain("CANARY-RESTRICTED");
    expect(full).toContain("Her sister reports that her health");
  });

  it("views of restricted data are audited, a campaigner's view is not", async () => {
    const views = await test.db.auditEntry.findMany({ where: { action: "view.restricted" } });
    expect(views.length).toBeGreaterThan(0);
    const campaignerId = defined(claims.CAMPAIGNER).uid;
    expect(views.every((v) => v.actorId !== campaignerId)).toBe(true);
  });

  describe("a live session ends at once", () => {
    it("when the account is deactivated", async () => {
      const admin = (await sessions.resolveSessionUser(test.db, claims.ADMIN))!;
      const user = await test.db.user.create({
        data: { email: "leaver@casebook.test", name: "Leaver", role: "CASEWORKER", passwordHash: "x" },
      });
      const live = { uid: user.id, sv: user.sessionVersion };
      expect(await sessions.resolveSessionUser(test.db, live)).not.toBeNull();
      await users.setActive(admin, user.id, false, null);
      // The token the deactivated user still holds opens nothing: no actor, so every action above is out of reach.
      expect(await sessions.resolveSessionUser(test.db, live)).toBeNull();
      // Even reactivated, the old token stays dead (its session version is stale).
      await users.setActive(admin, user.id, true, null);
      expect(await sessions.resolveSessionUser(test.db, live)).toBeNull();
    });

    it("when the role changes or the password is reset", async () => {
      const admin = (await sessions.resolveSessionUser(test.db, claims.ADMIN))!;
      const user = await test.db.user.create({
        data: { email: "mover@casebook.test", name: "Mover", role: "CASEWORKER", passwordHash: "x" },
      });
      const first = { uid: user.id, sv: user.sessionVersion };
      await users.changeRole(admin, user.id, "CAMPAIGNER", null);
      expect(await sessions.resolveSessionUser(test.db, first)).toBeNull();
      const second = { uid: user.id, sv: first.sv + 1 };
      expect((await sessions.resolveSessionUser(test.db, second))?.role).toBe("CAMPAIGNER");
      await users.resetPassword(admin, user.id, "another long password", null);
      expect(await sessions.resolveSessionUser(test.db, second)).toBeNull();
      const audited = await test.db.auditEntry.findMany({ where: { subjectId: user.id }, select: { action: true } });
      expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(["user.role", "user.password-reset"]));
    });
  });
});
