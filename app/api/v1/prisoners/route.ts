import { decodeCursor } from "@/lib/api/cursor";
import { listPrisoners } from "@/lib/api/prisoners";
import { describeIssues, listQueryInput, listQuerySchema } from "@/lib/api/schemas";
import { ApiInputError, preflight, publicApi } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return publicApi(request, async ({ baseUrl, db }) => {
    const query = listQueryInput(new URL(request.url).searchParams);
    const parsed = listQuerySchema.safeParse(query);
    if (!parsed.success) throw new ApiInputError(describeIssues(parsed.error));
    const cursor = decodeCursor(parsed.data.cursor);
    if (cursor === "invalid") throw new ApiInputError("cursor: not a cursor returned by this API");
    return listPrisoners(db, parsed.data, cursor, baseUrl);
  });
}

export const OPTIONS = preflight;
