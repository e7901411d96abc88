// `npm run audit:verify`: walks the audit log's hash chain and reports the first broken
// link, e.g. after someone altered a row directly in SQL. Exit code 1 when broken.
import { createPrismaClient } from "../lib/db/client";
import { verifyAuditLog } from "../lib/audit/verify";
import { withDatabase } from "./lib/database";

await withDatabase(async (url) => {
  const db = createPrismaClient(url, 2);
  try {
    const report = await verifyAuditLog(db);
    if (report.ok) {
      console.log(`Audit log intact: ${report.checked} entries, every link verified.`);
    } else {
      console.error(
        `Audit log BROKEN at entry ${report.brokenAt}: ${report.reason}. The ${report.checked} entries before it are intact.`,
      );
      process.exitCode = 1;
    }
  } finally {
    await db.$disconnect();
  }
});
