import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFound } from "../../lib/errors/app-error";
import type { Actor } from "../../lib/auth/session-user";
import { seedDemo } from "../../prisma/seed/load-demo";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { defined } from "../support/defined";

// Campaigns use only public facts; only campaigners and admins manage them; every
// export is audited with its row count.
describe("campaigns", () => {
  let test: TestDatabase;
  let mutations: typeof import("../../lib/campaigns/mutations");
  let queries: typeof import("../../lib/campaigns/queries");
  let exporter: typeof import("../../lib/campaigns/export");
  const actors = {} as Record<"ADMIN" | "CASEWORKER" | "CAMPAIGNER", Actor>;

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    mutations = await import("../../lib/campaigns/mutations");
    queries = await import("../../lib/campaigns/queries");
    exporter = await import("../../lib/campaigns/export");
    Object.assign(actors, await demoActors(test.db));
  });
  afterAll(() => test.drop());

  const create = async (actor: Actor, name: string) => {
    const result = await mutations.createCampaign(actor, {
      name,
      year: "2026",
      languages: "en, be",
      description: "Test",
    });
    if (result.status !== "saved") throw new Error(JSON.stringify(result));
    return test.db.campaign.findUniqueOrThrow({ where: { slug: result.slug } });
  };

  it("is managed by campaigners and admins; a caseworker gets not-found", async () => {
    await expect(mutations.createCampaign(actors.CASEWORKER, { name: "X", year: "2026" })).rejects.toThrow(NotFound);
    await expect(queries.listCampaigns(actors.CASEWORKER)).rejects.toThrow(NotFound);
    expect((await queries.listCampaigns(actors.CAMPAIGNER)).map((c) => c.slug)).toContain(
      "write-for-rights-2026-belarus",
    );
  });

  it("validates the campaign form and keeps nothing half-saved", async () => {
    const result = await mutations.createCampaign(actors.CAMPAIGNER, { name: "", year: "twenty" });
    expect(result.status).toBe("invalid");
    expect(result.status === "invalid" && Object.keys(result.errors)).toEqual(expect.arrayContaining(["name"]));
  });

  it("takes only published people, in order, with overrides over the public defaults", async () => {
    const campaign = await create(actors.CAMPAIGNER, "Order test");
    await expect(mutations.addCampaignCase(actors.CAMPAIGNER, campaign.id, "demo-unpublished-example")).rejects.toThrow(
      NotFound,
    );
    for (const id of ["demo-maksim-znak", "demo-ales-bialiatski", "demo-maria-kalesnikava"])
      await mutations.addCampaignCase(actors.CAMPAIGNER, campaign.id, id);
    let { cases } = await queries.getCampaign(actors.CAMPAIGNER, campaign.slug);
    expect(cases.map((c) => c.person?.slug)).toEqual(["maksim-znak", "ales-bialiatski", "maria-kalesnikava"]);
    await mutations.moveCampaignCase(actors.CAMPAIGNER, defined(cases[2]).id, "up");
    ({ cases } = await queries.getCampaign(actors.CAMPAIGNER, campaign.slug));
    expect(cases.map((c) => c.person?.slug)).toEqual(["maksim-znak", "maria-kalesnikava", "ales-bialiatski"]);
    expect(cases[1]?.letter?.summary).toContain("Musician");

    const maria = defined(cases[1], "Maria's case");
    const saved = await mutations.updateCampaignCase(actors.CAMPAIGNER, maria.id, maria.version, {
      appealSummary: "Our own words for Maria.",
      letterLanguages: "be, en",
    });
    expect(saved.status).toBe("saved");
    const stale = await mutations.updateCampaignCase(actors.CAMPAIGNER, maria.id, maria.version, {
      appealSummary: "A second editor",
    });
    expect(stale.status).toBe("conflict");
    ({ cases } = await queries.getCampaign(actors.CAMPAIGNER, campaign.slug));
    expect(cases[1]?.letter?.summary).toBe("Our own words for Maria.");
    expect(cases[1]?.letter?.letter_languages).toBe("be, en");

    await mutations.removeCampaignCase(actors.CAMPAIGNER, defined(cases[2]).id);
    ({ cases } = await queries.getCampaign(actors.CAMPAIGNER, campaign.slug));
    expect(cases).toHaveLength(2);
  });

  it("finds cases to add with the directory's search and filters, leaving out those already in", async () => {
    const campaign = await create(actors.CAMPAIGNER, "Finder test");
    const slugs = async (filters: Record<string, string>) =>
      (await queries.findCasesToAdd(actors.CAMPAIGNER, campaign.id, filters)).map((p) => p.slug).sort();
    expect(await slugs({ custody: "held" })).toEqual(["maksim-znak", "syarhey-tsikhanouski"]);
    expect(await slugs({ q: "Колесникова" })).toEqual(["maria-kalesnikava"]);
    await mutations.addCampaignCase(actors.CAMPAIGNER, campaign.id, "demo-maksim-znak");
    expect(await slugs({ custody: "held" })).toEqual(["syarhey-tsikhanouski"]);
    expect(await slugs({})).toEqual([]);
  });

  it("totals tallies per case and overall, refusing nonsense", async () => {
    const campaign = await create(actors.CAMPAIGNER, "Tally test");
    await mutations.addCampaignCase(actors.CAMPAIGNER, campaign.id, "demo-maksim-znak");
    const c = defined((await queries.getCampaign(actors.CAMPAIGNER, campaign.slug)).cases[0], "the added case");
    expect(
      (await mutations.recordTally(actors.CAMPAIGNER, c.id, { actionType: "LETTER", count: "0", date: "2026-11-01" }))
        .status,
    ).toBe("invalid");
    expect(
      (await mutations.recordTally(actors.CAMPAIGNER, c.id, { actionType: "LETTER", count: "12", date: "2099-01-01" }))
        .status,
    ).toBe("invalid");
    await mutations.recordTally(actors.CAMPAIGNER, c.id, {
      actionType: "LETTER",
      count: "12",
      groupName: "Leeds",
      date: "2026-11-01",
    });
    await mutations.recordTally(actors.CAMPAIGNER, c.id, { actionType: "CARD", count: "5", date: "2026-11-02" });
    const { cases, total } = await queries.getCampaign(actors.CAMPAIGNER, campaign.slug);
    expect(total).toBe(17);
    expect(Object.fromEntries(defined(cases[0]).totals)).toEqual({ LETTER: 12, CARD: 5 });
  });

  it("exports the letter list with overrides, audited with its row count, and no restricted data", async () => {
    const { body } = await exporter.exportCampaign(
      actors.CAMPAIGNER,
      "write-for-rights-2026-belarus",
      "csv",
      "https://casebook.example",
      "127.0.0.1",
    );
    const text = (await new Response(body).text()).replace(/^\uFEFF/, "");
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.name)).toEqual(["Maksim Znak", "Syarhey Tsikhanouski"]);
    expect(rows[0]?.name_native).toBe("Максім Знак");
    expect(rows[0]?.target_authority).toBe("Prosecutor General of the Republic of Belarus");
    expect(rows[0]?.summary).toContain("detained with her in September 2020");
    expect(text).not.toContain("CANARY");
    const audit = await test.db.auditEntry.findFirst({
      where: { action: "export", subjectType: "Campaign" },
      orderBy: { id: "desc" },
    });
    expect(audit?.details).toMatchObject({ format: "csv", rows: 2 });
    await expect(
      exporter.exportCampaign(actors.CASEWORKER, "write-for-rights-2026-belarus", "csv", "", null),
    ).rejects.toThrow(NotFound);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "campaign-"));
    const pdf = await exporter.exportCampaign(
      actors.ADMIN,
      "write-for-rights-2026-belarus",
      "pdf",
      "https://casebook.example",
      null,
    );
    fs.writeFileSync(path.join(dir, "pack.pdf"), Buffer.from(await new Response(pdf.body).arrayBuffer()));
    expect(fs.statSync(path.join(dir, "pack.pdf")).size).toBeGreaterThan(5000);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("shows a public page only for a published campaign", async () => {
    const found = await queries.getPublicCampaign("write-for-rights-2026-belarus");
    expect(found?.letters.map((l) => l.name)).toEqual(["Maksim Znak", "Syarhey Tsikhanouski"]);
    expect(found?.actions).toBe(83);
    const draft = await create(actors.ADMIN, "Draft campaign");
    expect(await queries.getPublicCampaign(draft.slug)).toBeNull();
  });
});
