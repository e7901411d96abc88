import type { Metadata } from "next";
import { RecordForm } from "@/components/workspace/record-form";
import { UploadField } from "@/components/workspace/upload-field";
import { UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { requirePermission } from "@/lib/auth/session";
import { SOURCE_FIELDS } from "@/lib/sources/schemas";
import { createSourceAction } from "../actions";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage() {
  await requirePermission("edit:case");
  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl font-semibold">New source</h1>
      <p className="mb-6 mt-2 text-muted">
        An article or document facts are cited to. Its text is stored, so citations keep working if the original
        disappears.
      </p>
      <RecordForm
        fields={SOURCE_FIELDS}
        initial={{}}
        hidden={{}}
        action={createSourceAction}
        submitLabel="Add source"
        idPrefix="source"
      >
        <UploadField
          id="source-html"
          name="$html"
          kind="sourcePage"
          label={`Or upload the saved web page (HTML, up to ${UPLOAD_LIMITS.sourcePage.label})`}
          accept=".html,.htm,text/html"
          hint="The article’s text is extracted (menus, comments and scripts dropped) and replaces the text above. Nothing is fetched from the web."
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="$confirmDuplicate" /> Save it anyway if it looks like a source already in the
          library
        </label>
      </RecordForm>
    </div>
  );
}
