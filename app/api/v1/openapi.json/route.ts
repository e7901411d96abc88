import { openApiDocument } from "@/lib/api/openapi";
import { preflight } from "@/lib/api/respond";

export function GET() {
  return Response.json(openApiDocument, {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
  });
}

export const OPTIONS = preflight;
