import Link from "next/link";
import { translator } from "@/lib/i18n/translator";

// A hidden or restricted record answers 404 in the workspace too; the workspace is English.
export default function WorkspaceNotFound() {
  const t = translator("en", "notFound");
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("title")}</h1>
      <Link href="/workspace" className="mt-6 inline-block font-semibold text-accent hover:underline">
        Back to the workspace
      </Link>
    </div>
  );
}
