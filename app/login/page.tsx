import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { LoginForm } from "@/components/workspace/login-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function LoginPage() {
  if (await currentActor()) redirect("/workspace");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-semibold">Sign in</h1>
      <p className="mt-2 text-muted">The workspace is for staff of partner organisations.</p>
      <LoginForm />
    </div>
  );
}
