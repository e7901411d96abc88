// Starts the test suite's own PostgreSQL (own port, own data directory, wiped each
// run, so it never touches the dev data) and migrates a template database that each
// integration test file clones.
import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { runPrismaCli } from "../../scripts/lib/prisma-cli";

export const TEST_DATA_DIR = ".data/test-postgres";
export const TEST_PG_PORT = Number(process.env.CASEBOOK_TEST_PG_PORT ?? 54331);
export const TEMPLATE_DATABASE = "casebook_template";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  fs.rmSync(TEST_DATA_DIR, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({
    dataDir: TEST_DATA_DIR,
    port: TEST_PG_PORT,
    database: TEMPLATE_DATABASE,
  });
  if ((await runPrismaCli(["migrate", "deploy"], server.url, true)) !== 0)
    throw new Error("migrate deploy failed on the test database");
  project.provide("databaseUrl", server.url);
  return async () => {
    await server.stop();
  };
}
