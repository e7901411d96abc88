// Prisma CLI configuration: the Wasm schema engine through a driver adapter, so that
// generate and migrate run without downloading native engines (docs/decisions/001).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapter } from "./prisma/cli-adapter";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL must be set for Prisma CLI commands (scripts/prisma.ts sets it).");
    return cliAdapter(url);
  },
});
