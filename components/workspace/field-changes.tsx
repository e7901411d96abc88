import type { FieldChange } from "@/lib/revisions/snapshot";

/** A before → after table of changed fields (history entries, restore previews). */
export function FieldChanges({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  return (
    <table className="mt-3 w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="text-left text-muted">
          <th scope="col" className="w-1/4 font-medium">
            Field
          </th>
          <th scope="col" className="font-medium">
            Before
          </th>
          <th scope="col" className="font-medium">
            After
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} className="align-top">
            <th scope="row" className="py-1 pr-2 text-left font-normal text-muted">
              {c.label}
            </th>
            <td className="py-1 pr-2">
              <del className="bg-red-50 text-red-900 decoration-red-400">{c.before}</del>
            </td>
            <td className="py-1">
              <ins className="bg-emerald-50 text-emerald-900 no-underline">{c.after}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
