import { PassThrough, Readable } from "node:stream";
import { publicLetterSheet } from "@/lib/campaigns/queries";
import { writeLetterSheets } from "@/lib/letters/print/letter-sheets";
import { missingGlyphs } from "@/lib/letters/print/fonts";

// A visitor's printable letter sheet: the envelope address, a sample letter, space to
// write. Public data of a published campaign only; 404 otherwise, like the pages. A sheet
// whose text the font cannot draw is not printed (the organiser was told before publishing).
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  const found = await publicLetterSheet(slug, url.searchParams.get("person") ?? "", url.searchParams.get("sample"));
  if (!found) return new Response("Not found", { status: 404 });
  const { person, sample } = found;
  const text = [...person.envelope.lines, sample?.body ?? ""].join("\n");
  if (missingGlyphs(text).length) return new Response("This letter sheet cannot be printed yet.", { status: 409 });
  const out = new PassThrough();
  writeLetterSheets(
    [
      {
        name: person.name,
        envelope: person.envelope.lines,
        envelopeLanguage: person.envelope.language,
        sample: sample ? { language: sample.language, body: sample.body } : null,
        labels: {
          address: "Address for the envelope",
          sample: "Sample letter",
          write: "Your letter",
          noAddress: "No address is known: see the case page.",
        },
      },
    ],
    out,
    `Letter to ${person.name}`,
    "en",
  ).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="letter-${person.slug}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
