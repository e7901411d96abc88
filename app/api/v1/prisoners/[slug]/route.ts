import { getInternalPrisoner } from "@/lib/api/internal";
import { getPrisoner } from "@/lib/api/prisoners";
import { preflight, publicApi } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return publicApi(request, ({ baseUrl, access, db }) =>
    access?.scope === "internal" ? getInternalPrisoner(access, slug, baseUrl) : getPrisoner(db, slug, baseUrl),
  );
}

export const OPTIONS = preflight;
