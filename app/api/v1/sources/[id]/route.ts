import { getSource } from "@/lib/api/prisoners";
import { preflight, publicApi } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return publicApi(request, ({ baseUrl, db }) => getSource(db, id, baseUrl));
}

export const OPTIONS = preflight;
