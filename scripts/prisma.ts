// Runs the Prisma CLI with a DATABASE_URL: the given one, or the embedded dev database
// (started for the duration of the command). Usage: npm run prisma -- migrate status
import { runPrismaCli } from "./lib/prisma-cli";
import { withDatabase } from "./lib/database";

const args = process.argv.slice(2);
const needsDatabase = !(args[0] === "generate" || args[0] === "validate" || args[0] === "format");

if (!needsDatabase) {
  // The CLI still wants some DATABASE_URL, or it tries to download the native engine.
  process.exit(await runPrismaCli(args, process.env.DATABASE_URL ?? "postgresql://unused@127.0.0.1:1/unused"));
}
process.exit(await withDatabase((url) => runPrismaCli(args, url)));
