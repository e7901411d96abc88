// Loads the demo cases (idempotent). Demo sign-in accounts are added only in demo
// mode: the embedded database, or CASEBOOK_DEMO=1. Usage: npm run db:seed
import { createPrismaClient } from "../lib/db/client";
import { seedDemo } from "../prisma/seed/load-demo";
import { withDatabase } from "./lib/database";

const demoMode = !process.env.DATABASE_URL || process.env.CASEBOOK_DEMO === "1";

await withDatabase(async (url) => {
  const db = createPrismaClient(url);
  try {
    const report = await seedDemo(db, { accounts: demoMode });
    console.log(
      `Demo data: ${report.persons} people, ${report.sources} sources, ${report.facts} facts, ` +
        `${report.citedFacts} with citations (${report.citations} citations).` +
        (demoMode ? " Demo accounts ready." : ""),
    );
  } finally {
    await db.$disconnect();
  }
});
