// `npm run search:rekey`: rebuilds the stored name search keys made under older rules
// (lib/names/rekey.ts). The app does this at start; this is for a database served otherwise.
import { createPrismaClient } from "../lib/db/client";
import { rekeyStaleNames } from "../lib/names/rekey";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const db = createPrismaClient(url, 2);
try {
  const started = Date.now();
  const rekeyed = await rekeyStaleNames(db);
  console.log(`Rebuilt the search keys of ${rekeyed} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.$disconnect();
}
