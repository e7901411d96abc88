import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/workspace/two-factor-forms";
import { currentActor } from "@/lib/auth/session";
import { twoFactorStatus } from "@/lib/auth/two-factor";
import { beginAction, confirmAction, disableAction } from "./actions";

export const metadata: Metadata = { title: "Two-factor sign-in", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ required?: string }> }) {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  const status = await twoFactorStatus(actor);
  const required = (await searchParams).required === "1";
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold">Two-factor sign-in</h1>
      {required && !status.enabled && (
        <p role="alert" className="mt-4 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm">
          Admin accounts of this install must use two-factor sign-in. Set it up to continue.
        </p>
      )}
      {status.enabled ? (
        <div className="mt-4 space-y-4">
          <p>Two-factor sign-in is on. {status.remainingRecoveryCodes} unused recovery code(s) left.</p>
          <h2 className="font-serif text-xl font-semibold">Turn it off</h2>
          <CodeForm action={disableAction} label="Turn off and sign out" id="disable-code" />
        </div>
      ) : status.pending ? (
        <div className="mt-4 space-y-4">
          <p>Add this key to your authenticator app (manual entry, time-based), then enter the code it shows.</p>
          <p className="break-all rounded border border-line bg-white p-3 font-mono text-sm" data-testid="totp-secret">
            {status.pending.secret}
          </p>
          <p className="break-all text-xs text-muted">{status.pending.uri}</p>
          <CodeForm action={confirmAction} label="Turn on" id="confirm-code" />
        </div>
      ) : (
        <div className="mt-4 space-y-4">
          <p>
            With two-factor sign-in, a stolen password alone cannot open your account: you also enter a code from an
            authenticator app on your phone.
          </p>
          <form action={beginAction}>
            <button type="submit" className="rounded bg-accent px-4 py-2 text-sm font-medium text-white">
              Set up two-factor sign-in
            </button>
          </form>
        </div>
      )}
      <p className="mt-8 text-sm">
        <Link href="/workspace" className="text-accent">
          ← Workspace
        </Link>
      </p>
    </div>
  );
}
