import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/workspace/record-form";
import { guarded } from "@/lib/errors/http";
import { requestAddress, requirePermission } from "@/lib/auth/session";
import { formOptions, getCase } from "@/lib/cases/queries";
import { ITEM_KINDS, KINDS, type ItemKind } from "@/lib/records/kinds";
import { saveItemAction } from "../../../actions";

export const metadata: Metadata = { title: "Add to case" };

export default async function NewItemPage({ params }: { params: Promise<{ slug: string; kind: string }> }) {
  const actor = await requirePermission("edit:case");
  const { slug, kind } = await params;
  if (!(ITEM_KINDS as readonly string[]).includes(kind)) notFound();
  const spec = KINDS[kind as ItemKind];
  const record = await guarded(async () => getCase(actor, slug, await requestAddress()));
  if (record.person.deletedAt) notFound();
  const options = await formOptions(actor, record.person.id);
  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <Link href={`/workspace/prisoners/${slug}#${kind}`} className="text-accent hover:underline">
          ← {record.person.displayName}
        </Link>
      </p>
      <h1 className="mb-6 mt-2 font-serif text-3xl font-semibold">Add {spec.label.toLowerCase()}</h1>
      <RecordForm
        fields={spec.fields}
        initial={{}}
        hidden={{ $personId: record.person.id, $kind: kind }}
        action={saveItemAction}
        options={options}
        submitLabel={`Add ${spec.label.toLowerCase()}`}
      />
    </div>
  );
}
