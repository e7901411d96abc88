import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/users/audit-log";

export const metadata: Metadata = { title: "Audit log" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("read:audit");
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { entries, total, pages } = await listAuditEntries(actor, page);
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Audit log</h1>
      <p className="mt-2 text-sm text-muted">
        {total} entries, newest first (UTC). Entries cannot be changed or deleted; <code>npm run audit:verify</code>{" "}
        checks their hash chain.
      </p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Audit entries</caption>
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-2 pr-3 font-medium">
                #
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Time
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Action
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Who
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Address
              </th>
              <th scope="col" className="py-2 font-medium">
                Subject
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-b border-line align-top">
                <td className="py-2 pr-3 text-muted">{e.id}</td>
                <td className="whitespace-nowrap py-2 pr-3">{when.format(e.at)}</td>
                <td className="py-2 pr-3 font-medium">{e.action}</td>
                <td className="py-2 pr-3">{e.actorEmail ?? "—"}</td>
                <td className="py-2 pr-3">{e.ipAddress ?? "—"}</td>
                <td className="py-2 text-muted">
                  {[e.subjectType, e.subjectId].filter(Boolean).join(" ")}
                  {e.details ? ` ${e.details}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {page > 1 && (
          <a href={`/workspace/audit?page=${page - 1}`} className="text-accent">
            ← Newer
          </a>
        )}
        {page < pages && (
          <a href={`/workspace/audit?page=${page + 1}`} className="text-accent">
            Older →
          </a>
        )}
      </nav>
    </div>
  );
}
