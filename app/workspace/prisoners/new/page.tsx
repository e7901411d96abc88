import type { Metadata } from "next";
import { RecordForm } from "@/components/workspace/record-form";
import { requirePermission } from "@/lib/auth/session";
import { PERSON_FIELDS } from "@/lib/records/person-fields";
import { createPersonAction } from "../[slug]/actions";

export const metadata: Metadata = { title: "New case" };

export default async function NewCasePage() {
  await requirePermission("edit:case");
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 font-serif text-3xl font-semibold">New case</h1>
      <p className="mb-6 text-sm text-muted">The case stays off the public site until someone publishes it.</p>
      <RecordForm
        fields={PERSON_FIELDS}
        initial={{}}
        hidden={{}}
        action={createPersonAction}
        submitLabel="Create case"
      />
    </div>
  );
}
