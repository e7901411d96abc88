import type { Metadata } from "next";
import { DirectoryFilters } from "@/components/public/directory-filters";
import { DirectoryResults } from "@/components/public/directory-results";
import { Pagination } from "@/components/ui/pagination";
import { cachedDirectoryFacets, searchDirectory } from "@/lib/public/directory";
import { directoryHref, parseDirectoryParams } from "@/lib/public/directory-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Prisoners",
  description: "Published records of political prisoners. Search by any spelling of a name, in Latin or Cyrillic letters.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PrisonersPage({ searchParams }: Props) {
  const params = parseDirectoryParams(await searchParams);
  const [{ people, total, pageCount }, facets] = await Promise.all([searchDirectory(params), cachedDirectoryFacets()]);
  const searching = Boolean(params.q);
  const narrowed = searching || [params.status, params.custody, params.region, params.facility, params.article, params.designation, params.sentence].some(Boolean);

  return (
    <>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">Prisoners</h1>
      <DirectoryFilters params={params} facets={facets} />
      <p className="mt-6 text-muted" role="status">
        {total === 1 ? "1 record" : `${total.toLocaleString("en-GB")} records`}
        {searching && <> matching “{params.q}”</>}
      </p>
      {people.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">
          {narrowed ? "No published record matches. Try another spelling, or fewer filters." : "No records are published yet."}
        </p>
      ) : (
        <DirectoryResults people={people} />
      )}
      <Pagination page={params.page} pageCount={pageCount} hrefFor={(page) => directoryHref({ ...params, page })} />
    </>
  );
}
