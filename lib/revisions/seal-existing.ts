// Restricted values written before sealing existed (an install upgraded to this version) are
// sealed once, at start, with their revisions; then the database's CHECK constraints, added
// NOT VALID by the migration, are validated so that no plain value can come back.
import type { Database, Tx } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { isSealed } from "../vault/envelope";
import { sealableFields } from "../vault/fields";
import { sealColumns } from "../vault/seal";
import { resealRevision } from "./write";

const TABLES: Record<string, string> = {
  person: "person",
  prosecution: "prosecution",
  charge: "charge",
  detentionEpisode: "detention_episode",
  conditionPeriod: "condition_period",
  relative: "relative",
  familyContactEvent: "family_contact_event",
  legalRepresentation: "legal_representation",
  healthNote: "health_note",
  designation: "designation",
  timelineEvent: "timeline_event",
  user: "app_user",
};
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

async function pendingConstraints(db: Database | Tx) {
  return db.$queryRaw<{ table: string; name: string }[]>`
    SELECT conrelid::regclass::text AS table, conname::text AS name FROM pg_constraint
    WHERE contype = 'c' AND NOT convalidated AND conname LIKE '%\\_sealed'`;
}

export async function sealExistingValues(db: Database, log: (line: string) => void = () => {}) {
  const pending = await pendingConstraints(db);
  if (pending.length === 0) return { rows: 0, revisions: 0 };
  let rows = 0;
  let revisions = 0;
  await db.$transaction(
    async (tx) => {
      for (const [entity, table] of Object.entries(TABLES)) {
        const fields = sealableFields(entity);
        const hasVisibility = entity !== "person" && entity !== "user";
        const select = [
          "id",
          ...(hasVisibility ? ["visibility::text AS visibility"] : []),
          ...(entity === "relative" ? [`contact_visibility::text AS "contactVisibility"`] : []),
          ...fields.map((f) => `${snake(f)} AS "${f}"`),
        ].join(", ");
        const plain = fields.map((f) => `NOT casebook_sealed(${snake(f)})`).join(" OR ");
        const found = await tx.$queryRawUnsafe<Record<string, unknown>[]>(
          `SELECT ${select} FROM "${table}" WHERE ${plain}`,
        );
        for (const row of found) {
          const sealed = await sealColumns(tx, entity, row);
          for (const f of fields)
            if (sealed[f] !== row[f])
              await tx.$executeRawUnsafe(`UPDATE "${table}" SET ${snake(f)} = $1 WHERE id = $2`, sealed[f], row.id);
          rows++;
        }
      }
      const old = await tx.revision.findMany({ select: { id: true, entityType: true, before: true, after: true } });
      for (const r of old) {
        const fields = sealableFields(r.entityType);
        const fix = async (snap: unknown) => {
          if (!snap || typeof snap !== "object") return null;
          const values = snap as Record<string, unknown>;
          if (!fields.some((f) => typeof values[f] === "string" && values[f] !== "" && !isSealed(values[f])))
            return null;
          // A snapshot is JSON (it came from a jsonb column), and sealing keeps it so.
          return (await sealColumns(tx, r.entityType, values)) as Prisma.InputJsonObject;
        };
        const before = await fix(r.before);
        const after = await fix(r.after);
        if (before || after) {
          await resealRevision(tx, r.id, r.entityType, { ...(before ? { before } : {}), ...(after ? { after } : {}) });
          revisions++;
        }
      }
      for (const c of pending) await tx.$executeRawUnsafe(`ALTER TABLE ${c.table} VALIDATE CONSTRAINT "${c.name}"`);
    },
    { timeout: 600_000 },
  );
  log(`Sealed ${rows} rows and ${revisions} revisions written before restricted values were encrypted`);
  return { rows, revisions };
}
