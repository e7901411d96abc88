// Each integration test file works in its own database, cloned from the migrated
// template in a few milliseconds, so files can run in parallel without sharing state.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient, type Database } from "../../lib/db/client";

export type TestDatabase = { url: string; db: Database; drop: () => Promise<void> };

function withDatabaseName(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function adminQuery(sql: string) {
  const admin = new pg.Client({ connectionString: withDatabaseName(inject("databaseUrl"), "postgres") });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A fresh database: migrated (cloned from the template) or, with `empty`, blank. */
export async function createTestDatabase({ empty = false } = {}): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  const template = new URL(inject("databaseUrl")).pathname.slice(1);
  await adminQuery(`CREATE DATABASE "${name}" ${empty ? "" : `TEMPLATE "${template}"`}`);
  const url = withDatabaseName(inject("databaseUrl"), name);
  const db = createPrismaClient(url, 4);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/**
 * The file's own database: created (cloned from the migrated template) before the file's
 * tests and dropped after them. It also becomes the app's DATABASE_URL, so lib/ code that
 * uses the shared client (lib/db.ts, created on first use) talks to it too; one database
 * per file, since Vitest runs each file in its own process.
 *
 *   const test = useTestDatabase();
 *   beforeAll(() => seedPerson(test.db, { published: true }));
 */
export function useTestDatabase(options: { empty?: boolean } = {}): TestDatabase {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase(options);
    process.env.DATABASE_URL = current.url;
  });
  afterAll(async () => {
    await current?.drop();
  });
  const opened = () => {
    if (!current) throw new Error("The test database is ready only inside hooks and tests (beforeAll has not run)");
    return current;
  };
  return {
    get url() {
      return opened().url;
    },
    get db() {
      return opened().db;
    },
    drop: () => opened().drop(),
  };
}
