import type { Metadata } from "next";
import Link from "next/link";
import { VisibilityBadge } from "@/components/workspace/badges";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listFacilities } from "@/lib/facilities/queries";
import { FACILITY_FIELDS } from "@/lib/records/facility-fields";

export const metadata: Metadata = { title: "Facilities" };

const typeLabel = FACILITY_FIELDS.find((f) => f.name === "type")!.options!;

export default async function FacilitiesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireUser();
  const facilities = await listFacilities(actor);
  return (
    <div>
      {(await searchParams).saved && (
        <p
          role="status"
          className="mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          Saved. Cases placed there show the change at once.
        </p>
      )}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold">Facilities</h1>
        {can(actor.role, "edit:case") && (
          <Link href="/workspace/facilities/new" className="rounded bg-accent px-4 py-2 text-sm font-medium text-white">
            New facility
          </Link>
        )}
      </div>
      {facilities.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-line bg-white p-6 text-muted">
          No facilities yet. Add one before recording a placement.
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-line rounded border border-line bg-white">
          {facilities.map((f) => (
            <li key={f.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3 text-sm">
              <div>
                <Link href={`/workspace/facilities/${f.id}`} className="font-medium text-accent hover:underline">
                  {f.name}
                </Link>
                <span className="text-muted">
                  {" "}
                  · {typeLabel[f.type]}
                  {f.region ? `, ${f.region}` : ""} ({f.country})
                </span>
              </div>
              <div className="flex items-center gap-2 text-muted">
                <span>{f.placements} placement(s)</span>
                <VisibilityBadge visibility={f.visibility} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
