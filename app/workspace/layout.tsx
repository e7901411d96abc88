import type { Metadata } from "next";
import Link from "next/link";
import { SiteFrame } from "@/components/site/site-frame";
import { can, ROLE_LABEL } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { signOutAction } from "./actions";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Workspace", template: "%s · Workspace · Casebook" },
  robots: { index: false },
};
// Every workspace response is per-user: rendered per request, never cached (headers in next.config.js).
export const dynamic = "force-dynamic";

// A root layout of its own: the workspace is English whatever language a visitor reads
// the public pages in (their root layout is app/[locale]/layout.tsx).
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireUser();
  return (
    <SiteFrame locale="en">
      <div>
        <div className="mb-8 flex flex-wrap items-center justify-between gap-3 border-b border-line pb-3">
          <nav aria-label="Workspace" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm font-medium">
            <Link href="/workspace" className="text-accent hover:underline">
              Cases
            </Link>
            <Link href="/workspace/sources" className="text-accent hover:underline">
              Sources
            </Link>
            <Link href="/workspace/sourcing" className="text-accent hover:underline">
              Needs sources
            </Link>
            <Link href="/workspace/status" className="text-accent hover:underline">
              Statuses to confirm
            </Link>
            {can(actor.role, "manage:campaigns") && (
              <Link href="/workspace/campaigns" className="text-accent hover:underline">
                Campaigns
              </Link>
            )}
            {can(actor.role, "edit:case") && (
              <Link href="/workspace/import" className="text-accent hover:underline">
                Import
              </Link>
            )}
            <Link href="/workspace/facilities" className="text-muted hover:text-accent hover:underline">
              Facilities
            </Link>
            <Link href="/workspace/articles" className="text-muted hover:text-accent hover:underline">
              Articles
            </Link>
            {can(actor.role, "manage:users") && (
              <span className="flex flex-wrap gap-x-4 border-l border-line pl-4">
                <Link href="/workspace/users" className="text-muted hover:text-accent hover:underline">
                  Users
                </Link>
                <Link href="/workspace/api-keys" className="text-muted hover:text-accent hover:underline">
                  API keys
                </Link>
                {can(actor.role, "read:audit") && (
                  <Link href="/workspace/audit" className="text-muted hover:text-accent hover:underline">
                    Audit log
                  </Link>
                )}
              </span>
            )}
          </nav>
          <div className="flex items-center gap-3 text-sm text-muted">
            <span>
              {actor.name} · <span data-testid="role">{ROLE_LABEL[actor.role]}</span>
            </span>
            <Link href="/account/two-factor" className="whitespace-nowrap hover:text-ink">
              Two-factor
            </Link>
            <form action={signOutAction}>
              <button
                type="submit"
                className="whitespace-nowrap rounded border border-line bg-white px-3 py-1 hover:bg-paper"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
        {children}
      </div>
    </SiteFrame>
  );
}
