import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/workspace/record-form";
import { guarded } from "@/lib/errors/http";
import { requestAddress, requirePermission } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/queries";
import { PERSON_FIELDS } from "@/lib/records/person-fields";
import { toFormValues } from "@/lib/forms/fields";
import { updatePersonAction } from "../actions";

export const metadata: Metadata = { title: "Edit person" };

export default async function EditPersonPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requirePermission("edit:case");
  const { slug } = await params;
  const record = await guarded(async () => getCase(actor, slug, await requestAddress()));
  if (record.person.deletedAt) notFound();
  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <Link href={`/workspace/prisoners/${slug}`} className="text-accent hover:underline">
          ← {record.person.displayName}
        </Link>
      </p>
      <h1 className="mb-6 mt-2 font-serif text-3xl font-semibold">Edit person</h1>
      <RecordForm
        fields={PERSON_FIELDS}
        initial={toFormValues(PERSON_FIELDS, record.person)}
        version={record.person.version}
        hidden={{ $personId: record.person.id }}
        action={updatePersonAction}
        submitLabel="Save person"
      />
    </div>
  );
}
