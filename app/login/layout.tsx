import type { Metadata } from "next";
import { SiteFrame } from "@/components/site/site-frame";
import "../globals.css";

// Staff pages are in English and have a root layout of their own (the public pages'
// root layout takes its language from the URL: app/[locale]/layout.tsx).
export const metadata: Metadata = { title: { default: "Casebook", template: "%s · Casebook" } };

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame locale="en">{children}</SiteFrame>;
}
