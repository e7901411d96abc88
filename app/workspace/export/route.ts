import { NotFound } from "@/lib/errors/app-error";
import { respond } from "@/lib/errors/http";
import { currentActor, requestAddress } from "@/lib/auth/session";
import { caseFilterSchema } from "@/lib/cases/schemas";
import { exportCaseList } from "@/lib/exports/cases";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/exports/stream";

export const dynamic = "force-dynamic";

// A route handler is a public endpoint: it authenticates and authorizes itself.
// /workspace/export?format=csv|xlsx|pdf&q=…&status=…&publication=… (the case list's filters).
export function GET(request: Request) {
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
    const { body, headers } = await exportCaseList(
      actor,
      filter,
      format,
      new URL(request.url).origin,
      await requestAddress(),
    );
    return new Response(body, { headers });
  });
}
