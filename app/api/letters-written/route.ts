import { requestAddress } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { claimLetterWritten } from "@/lib/letters/visitor-count";

// "I wrote" on a public case page posts the slug here as plain text. Only a number per
// person and day is kept (lib/letters/visitor-count.ts); 429 when this client's allowance
// is used. The answer carries its thank-you in the page's language.
export async function POST(request: Request) {
  const slug = (await request.text()).trim().slice(0, 200);
  const asked = new URL(request.url).searchParams.get("locale") ?? "en";
  const t = translator(isLocale(asked) ? asked : "en", "letters");
  const result = await claimLetterWritten(slug, await requestAddress());
  const headers = { "Cache-Control": "no-store" };
  if (result.status === "not-found") return Response.json({ error: "not found" }, { status: 404, headers });
  return Response.json(
    { ...result, message: result.status === "counted" ? t("thanks", { count: result.count }) : t("limited") },
    { status: result.status === "counted" ? 200 : 429, headers },
  );
}
