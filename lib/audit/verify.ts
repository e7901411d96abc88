// Checks every link of the audit log. No "server-only": `npm run audit:verify` runs it from the command line.
import type { Database } from "../db/client";
import { verifyChain, type ChainReport, type ChainRow } from "./chain";

export async function verifyAuditLog(db: Database): Promise<ChainReport> {
  const rows: ChainRow[] = [];
  let after = BigInt(0);
  for (;;) {
    const batch = await db.auditEntry.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: 5000 });
    if (batch.length === 0) break;
    rows.push(...batch);
    after = batch.at(-1)!.id;
  }
  return verifyChain(rows);
}
