import { decodeCursor } from "@/lib/api/cursor";
import { apiListParams, describeParamErrors, listPrisoners } from "@/lib/api/prisoners";
import { ApiInputError, preflight, publicApi } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return publicApi(request, async ({ baseUrl, db }) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = apiListParams.safeParse(query);
    if (!parsed.success) throw new ApiInputError(describeParamErrors(parsed.error));
    const cursor = decodeCursor(parsed.data.cursor);
    if (cursor === "invalid") throw new ApiInputError("cursor: not a cursor returned by this API");
    return listPrisoners(db, parsed.data, cursor, baseUrl);
  });
}

export const OPTIONS = preflight;
