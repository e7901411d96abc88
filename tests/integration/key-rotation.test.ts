import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import { createKeyFile, setKeyService } from "../../lib/vault/keyring";
import { checkKey } from "../../lib/vault/check";
import { newKeyMaterial } from "../../lib/vault/envelope";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { demoActors } from "../support/actors";

// Issue 14: the key-encryption key lives in a key file; `npm run keys:rotate` adds a version
// and re-wraps every data key while the app runs; a wrong or missing key stops the start
// with one clear sentence before anything is served.
describe("the encryption key on the demo data", () => {
  let test: TestDatabase;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casebook-keys-"));
  const keyFile = path.join(dir, "casebook.key");
  const oldKeyFile = path.join(dir, "old.key");

  /** Runs a script as an operator would, with the key file and this test's database only. */
  const run = (args: string[], env: Record<string, string | undefined>) => {
    const { CASEBOOK_KEY: _key, CASEBOOK_KEY_FILE: _file, CASEBOOK_DEMO: _demo, ...rest } = process.env;
    return spawnSync("npx", ["tsx", ...args], {
      encoding: "utf8",
      // Outside demo mode the launcher also wants a session secret (checked before the key).
      env: { ...rest, DATABASE_URL: test.url, CASEBOOK_DEMO: "0", NEXTAUTH_SECRET: "k".repeat(48), ...env },
    });
  };
  const readCanary = async () => {
    const cases = await import("../../lib/cases/queries");
    const { CASEWORKER } = await demoActors(test.db);
    return JSON.stringify(await cases.getCase(CASEWORKER, "maria-kalesnikava", null));
  };

  beforeAll(async () => {
    createKeyFile(keyFile);
    fs.copyFileSync(keyFile, oldKeyFile);
    delete process.env.CASEBOOK_KEY;
    process.env.CASEBOOK_KEY_FILE = keyFile;
    setKeyService(undefined);
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
  });
  afterAll(async () => {
    await test.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("rotates: a new version re-wraps every data key, the values read the same, the old version can be retired", async () => {
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const keys = await test.db.dataKey.count();
    expect(keys).toBeGreaterThan(5);
    expect(await readCanary()).toContain("CANARY-RESTRICTED");
    const sealedBefore = (await test.db.relative.findFirstOrThrow({ where: { contactVisibility: "RESTRICTED" } }))
      .contactDetails;

    const rotated = run(["scripts/keys-rotate.ts"], { CASEBOOK_KEY_FILE: keyFile });
    expect(rotated.stderr).toBe("");
    expect(rotated.status).toBe(0);
    expect(rotated.stdout).toContain("Added key version 2");
    expect(rotated.stdout).toContain(`${keys} data keys re-wrapped under version 2; versions in use: 2.`);
    expect(rotated.stdout).not.toMatch(/[A-Za-z0-9+/]{43}=/); // no key material printed
    expect(fs.readFileSync(keyFile, "utf8")).toMatch(/^1:.*\n2:/m);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(await test.db.dataKey.count({ where: { kekVersion: 2 } })).toBe(keys);
    // The sealed values themselves did not change: only their keys were re-wrapped.
    const sealedAfter = (await test.db.relative.findFirstOrThrow({ where: { contactVisibility: "RESTRICTED" } }))
      .contactDetails;
    expect(sealedAfter).toBe(sealedBefore);

    // This (still running) process notices the new version without a restart.
    expect(await readCanary()).toContain("CANARY-RESTRICTED");

    const retired = run(["scripts/keys-rotate.ts", "--retire"], { CASEBOOK_KEY_FILE: keyFile });
    expect(retired.status).toBe(0);
    expect(retired.stdout).toContain("Removed key version(s) 1");
    expect(fs.readFileSync(keyFile, "utf8").trim()).toMatch(/^2:[^\n]+$/);
    expect(await readCanary()).toContain("CANARY-RESTRICTED");

    // The key file from before the rotation no longer opens the database.
    process.env.CASEBOOK_KEY_FILE = oldKeyFile;
    setKeyService(undefined);
    await expect(checkKey(test.db)).rejects.toThrow(/key version 2, which the key in use lacks/);
    process.env.CASEBOOK_KEY_FILE = keyFile;
    setKeyService(undefined);
  }, 120_000);

  it("refuses to start with a wrong or missing key, saying so before anything is served", () => {
    const wrong = run(["scripts/run-app.ts", "start"], { CASEBOOK_KEY: `2:${newKeyMaterial().toString("base64")}` });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("[casebook] Not starting: The encryption key (version 2) does not open");
    expect(wrong.stdout).not.toMatch(/Ready|starting Next/);

    const missing = run(["scripts/run-app.ts", "start"], { CASEBOOK_KEY_FILE: path.join(dir, "nowhere.key") });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      `[casebook] Not starting: The key file ${path.join(dir, "nowhere.key")} does not exist`,
    );
    expect(missing.stderr).not.toMatch(/\n\s+at /); // one sentence, no stack trace
    expect(missing.stdout).not.toMatch(/Ready|starting Next/);
  }, 180_000);
});
