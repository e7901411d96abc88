import { campaignExportResponse } from "../export-response";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return campaignExportResponse(request, params, "csv");
}
