import "server-only";
import { z } from "zod";
import { db } from "../db";
import { DEFAULT_STALE_AFTER_MONTHS } from "./staleness";

const KEY = "status.staleAfterMonths";
const months = z.coerce.number().int().min(1).max(60);

/** How many months a custody status stays fresh after its newest confirming source. */
export async function staleAfterMonths(): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  const parsed = months.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_STALE_AFTER_MONTHS;
}

export const staleAfterMonthsSchema = months;
export const STALE_SETTING_KEY = KEY;
