import type { Metadata } from "next";
import { RecordForm } from "@/components/workspace/record-form";
import { requirePermission } from "@/lib/auth/session";
import { FACILITY_FIELDS } from "@/lib/records/facility-fields";
import { saveFacilityAction } from "../actions";

export const metadata: Metadata = { title: "New facility" };

export default async function NewFacilityPage() {
  await requirePermission("edit:case");
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 font-serif text-3xl font-semibold">New facility</h1>
      <RecordForm
        fields={FACILITY_FIELDS}
        initial={{}}
        hidden={{}}
        action={saveFacilityAction}
        submitLabel="Add facility"
      />
    </div>
  );
}
