"use server";

import { redirect } from "next/navigation";
import { signOutEverywhere } from "@/lib/auth/session";

export async function signOutAction() {
  await signOutEverywhere();
  redirect("/login");
}
