import type { Metadata } from "next";
import { SavedNotice } from "@/components/workspace/badges";
import { ApiKeyForm } from "@/components/workspace/api-key-form";
import { ConfirmButton } from "@/components/workspace/confirm-button";
import { listApiKeys } from "@/lib/api/key-admin";
import { API_KEY_SCOPES } from "@/lib/api/keys";
import { requirePermission } from "@/lib/auth/session";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "never");

export default async function ApiKeysPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requirePermission("manage:users");
  const { saved } = await searchParams;
  const keys = await listApiKeys(actor);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section>
        <SavedNotice saved={saved} />
        <h1 className="font-serif text-3xl font-semibold">API keys</h1>
        <p className="mt-2 text-muted">
          Partners read the public API at <code>/api/v1</code> without a key. A key raises their rate limit to their own
          and, with internal scope, lets them read internal facts and unpublished records. Restricted data is never
          available through the API. Every use is in the audit log.
        </p>
        {keys.length === 0 ? (
          <p className="mt-8 rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">
            No keys yet.
          </p>
        ) : (
          <ul className="mt-6 divide-y divide-line rounded-lg border border-line bg-white">
            {keys.map((k) => (
              <li key={k.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div>
                  <p className="font-semibold">
                    {k.name} <span className="font-mono text-sm font-normal text-muted">{k.prefix}…</span>
                  </p>
                  <p className="text-sm text-muted">
                    {API_KEY_SCOPES[k.scope as keyof typeof API_KEY_SCOPES] ?? k.scope} · created {day(k.createdAt)} by{" "}
                    {k.createdBy.name} · last used {day(k.lastUsedAt)}
                    {k.revokedAt && (
                      <>
                        {" "}
                        · <strong className="text-red-800">revoked {day(k.revokedAt)}</strong>
                      </>
                    )}
                  </p>
                </div>
                {!k.revokedAt && (
                  <ConfirmButton
                    label="Revoke…"
                    confirmLabel="Revoke this key"
                    question={`Requests with ${k.name}'s key will be refused from now on.`}
                    action={revokeApiKeyAction}
                    hidden={{ $id: k.id }}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-key" className="rounded-lg border border-line bg-white p-5 lg:self-start">
        <h2 id="new-key" className="mb-3 font-serif text-xl font-semibold">
          New key
        </h2>
        <ApiKeyForm action={createApiKeyAction} scopes={API_KEY_SCOPES} />
      </section>
    </div>
  );
}
