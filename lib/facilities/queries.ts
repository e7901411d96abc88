import "server-only";
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import { readableVisibilities } from "../auth/permissions";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";

export async function listFacilities(actor: Actor) {
  authorize(actor, "read:internal");
  const rows = await db.facility.findMany({
    where: { visibility: { in: readableVisibilities(actor.role) } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      type: true,
      region: true,
      country: true,
      visibility: true,
      _count: { select: { placements: true } },
    },
  });
  return rows.map(({ _count, ...f }) => ({ ...f, placements: _count.placements }));
}

export async function getFacility(actor: Actor, id: string) {
  authorize(actor, "read:internal");
  const facility = await db.facility.findUnique({ where: { id } });
  if (!facility || !(readableVisibilities(actor.role) as string[]).includes(facility.visibility)) throw new NotFound();
  return JSON.parse(JSON.stringify(facility)) as Record<string, unknown> & {
    id: string;
    name: string;
    version: number;
    visibility: string;
  };
}
