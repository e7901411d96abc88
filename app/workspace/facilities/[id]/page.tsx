import type { Metadata } from "next";
import Link from "next/link";
import { RecordForm } from "@/components/workspace/record-form";
import { guarded } from "@/lib/errors/http";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { toFormValues, VISIBILITY_LABEL } from "@/lib/forms/fields";
import { getFacility } from "@/lib/facilities/queries";
import { FACILITY_FIELDS } from "@/lib/records/facility-fields";
import { saveFacilityAction } from "../actions";

export const metadata: Metadata = { title: "Facility" };

export default async function FacilityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const facility = await guarded(() => getFacility(actor, id));
  const values = toFormValues(FACILITY_FIELDS, facility);
  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <Link href="/workspace/facilities" className="text-accent hover:underline">
          ← Facilities
        </Link>
      </p>
      <h1 className="mb-6 mt-2 font-serif text-3xl font-semibold">{facility.name}</h1>
      {can(actor.role, "edit:case") ? (
        <RecordForm
          fields={FACILITY_FIELDS}
          initial={values}
          version={facility.version}
          hidden={{ $id: facility.id }}
          action={saveFacilityAction}
          submitLabel="Save facility"
        />
      ) : (
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
          {FACILITY_FIELDS.map((f) => (
            <div key={f.name} className="contents">
              <dt className="text-muted">{f.label}</dt>
              <dd className="whitespace-pre-line">
                {f.type === "select"
                  ? f.options?.[values[f.name] ?? ""]
                  : f.type === "visibility"
                    ? VISIBILITY_LABEL[values[f.name] as keyof typeof VISIBILITY_LABEL]
                    : values[f.name] || "—"}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
