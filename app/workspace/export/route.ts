import { publicOrigin } from "@/lib/env";
import { NotFound } from "@/lib/errors/app-error";
import { respond } from "@/lib/errors/http";
import { currentActor, requestAddress } from "@/lib/auth/session";
import { caseFilterSchema } from "@/lib/cases/schemas";
import { exportCaseList, TooManyForPdf } from "@/lib/exports/cases";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/exports/stream";

export const dynamic = "force-dynamic";

// A route handler is a public endpoint: it authenticates and authorizes itself.
// /workspace/export?format=csv|xlsx|pdf&q=…&status=…&publication=… (the case list's filters).
export async function GET(request: Request) {
  try {
    return await exportResponse(request);
  } catch (error) {
    // Too many cases for one PDF: say so, and what to do instead.
    if (error instanceof TooManyForPdf)
      return new Response(error.message, {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    throw error;
  }
}

function exportResponse(request: Request) {
  return respond(async () => {
    const actor = await currentActor();
    if (!actor) throw new NotFound();
    const params = new URL(request.url).searchParams;
    const asked = params.get("format") as ExportFormat;
    const format: ExportFormat = EXPORT_FORMATS.includes(asked) ? asked : "csv";
    const filter = caseFilterSchema.parse({
      q: params.get("q") ?? "",
      status: params.get("status") ?? "",
      publication: params.get("publication") ?? "",
    });
    const { body, headers } = await exportCaseList(actor, filter, format, publicOrigin(), await requestAddress());
    return new Response(body, { headers });
  });
}
