import "server-only";
import { z } from "zod";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { applyImport, ImportRefused } from "./apply";
import { autoMap, headerSignature, IMPORT_FIELD_KEYS, type ColumnMapping } from "./fields";
import { planImport, type ImportPlan } from "./plan";
import { SheetError, type Sheet } from "./read-sheet";
import { readUploadedSheet, sheetSchema } from "./read-upload";
import { tooLargeMessage, UPLOAD_LIMITS } from "../uploads/limits";

// The import screen's data layer: uploads are kept in the database between the dry run
// and the confirmation, visible only to whoever uploaded them (and admins).

export type UploadResult = { ok: true; id: string } | { ok: false; error: string };

export async function saveUpload(actor: Actor, file: File | null): Promise<UploadResult> {
  authorize(actor, "edit:case");
  if (!file || file.size === 0) return { ok: false, error: "Choose a CSV or XLSX file." };
  if (!/\.(csv|xlsx)$/i.test(file.name)) return { ok: false, error: "Only CSV and XLSX files can be imported." };
  if (file.size > UPLOAD_LIMITS.importSheet.bytes) return { ok: false, error: tooLargeMessage("importSheet") };
  const content = Buffer.from(await file.arrayBuffer());
  let sheet: Sheet;
  try {
    sheet = await readUploadedSheet(file.name, content);
  } catch (error) {
    if (error instanceof SheetError) return { ok: false, error: error.message };
    throw error;
  }
  // Uploads older than a day are never needed again.
  await db.importUpload.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 86_400_000) } } });
  const upload = await db.importUpload.create({
    data: { uploadedById: actor.id, fileName: file.name.slice(0, 200), content, sheet },
  });
  return { ok: true, id: upload.id };
}

async function loadUpload(actor: Actor, id: string) {
  authorize(actor, "edit:case");
  const upload = await db.importUpload.findUnique({ where: { id } });
  if (!upload || (upload.uploadedById !== actor.id && actor.role !== "ADMIN")) throw new NotFound();
  return { upload, sheet: sheetSchema.parse(upload.sheet ?? (await readStoredOnce(upload.id, upload))) };
}

/** An upload kept from before sheets were stored: read it in a worker once, then keep the result. */
async function readStoredOnce(id: string, upload: { fileName: string; content: Uint8Array }): Promise<Sheet> {
  const sheet = await readUploadedSheet(upload.fileName, upload.content);
  await db.importUpload.update({ where: { id }, data: { sheet } });
  return sheet;
}

/** The mapping to use: explicit choices, else the one remembered for this layout, else guessed from the headers. */
async function mappingFor(headers: string[], chosen: Record<string, string | undefined>): Promise<ColumnMapping> {
  const remembered = await db.importLayout.findUnique({ where: { headerSignature: headerSignature(headers) } });
  const mapping: ColumnMapping = { ...(remembered ? (remembered.mapping as ColumnMapping) : autoMap(headers)) };
  for (const field of IMPORT_FIELD_KEYS) {
    const value = chosen[`map.${field}`];
    if (value === undefined) continue;
    const index = Number(value);
    if (value === "" || !Number.isInteger(index) || index < 0 || index >= headers.length) delete mapping[field];
    else mapping[field] = index;
  }
  return mapping;
}

export async function dryRun(actor: Actor, uploadId: string, chosen: Record<string, string | undefined>) {
  const { upload, sheet } = await loadUpload(actor, uploadId);
  const mapping = await mappingFor(sheet.headers, chosen);
  const plan: ImportPlan = await planImport(db, sheet, mapping);
  return { fileName: upload.fileName, headers: sheet.headers, rowCount: sheet.rows.length, mapping, plan };
}

const confirmedCounts = z.object({
  create: z.number().int().nonnegative(),
  update: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  ambiguous: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
});

/** The counts a dry-run form sent back, or null when they are not what the dry run wrote (a 500 before, issue 12). */
export function parseConfirmedCounts(text: string): ImportPlan["counts"] | null {
  try {
    const parsed = confirmedCounts.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const MALFORMED_CONFIRMATION =
  "The confirmation was not understood (the form was altered or incomplete). Check the dry run below and confirm again.";

export type ImportOutcome = { ok: true; counts: ImportPlan["counts"] } | { ok: false; error: string };

export async function runImport(
  actor: Actor,
  uploadId: string,
  chosen: Record<string, string | undefined>,
  confirmedText: string,
  choices: Record<number, string>,
  ipAddress: string | null,
): Promise<ImportOutcome> {
  const { upload, sheet } = await loadUpload(actor, uploadId);
  const confirmed = parseConfirmedCounts(confirmedText);
  if (!confirmed) return { ok: false, error: MALFORMED_CONFIRMATION };
  const mapping = await mappingFor(sheet.headers, chosen);
  try {
    const counts = await applyImport(db, sheet, mapping, {
      fileName: upload.fileName,
      actorId: actor.id,
      confirmed,
      choices,
    });
    await recordAudit(db, {
      action: "import",
      actor,
      subjectType: "ImportUpload",
      subjectId: upload.id,
      ipAddress,
      details: { file: upload.fileName, ...counts },
    });
    await db.importUpload.delete({ where: { id: upload.id } });
    return { ok: true, counts };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, error: error.message };
    throw error;
  }
}
