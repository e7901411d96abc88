import type { Metadata } from "next";
import { DirectoryFilters } from "@/components/public/directory-filters";
import { DirectoryResults } from "@/components/public/directory-results";
import { Pagination } from "@/components/ui/pagination";
import { localePath, pageAlternates } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translator } from "@/lib/i18n/translator";
import { cachedDirectoryFacets, nameVariantsOf, searchDirectory } from "@/lib/public/directory";
import { directoryHref, parseDirectoryParams } from "@/lib/public/directory-params";
import { queryTokens } from "@/lib/search/match";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, "directory");
  return { title: t("title"), description: t("description"), alternates: pageAlternates(locale, "/prisoners") };
}

export default async function PrisonersPage({ params: routeParams, searchParams }: Props) {
  const locale = await pageLocale(routeParams);
  const t = translator(locale, "directory");
  const params = parseDirectoryParams(await searchParams);
  const [{ people, total, pageCount }, facets] = await Promise.all([searchDirectory(params), cachedDirectoryFacets()]);
  // Names in the reader's spelling need each row's variants with their language (English pages show the display name).
  const variants = locale === "en" ? undefined : await nameVariantsOf(people.map((p) => p.slug));
  const searching = Boolean(params.q);
  const narrowed =
    searching ||
    [
      params.status,
      params.custody,
      params.region,
      params.facility,
      params.article,
      params.designation,
      params.sentence,
    ].some(Boolean);

  return (
    <>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <DirectoryFilters params={params} facets={facets} locale={locale} />
      <p className="mt-6 text-muted" role="status">
        {searching ? t("countMatching", { count: total, query: params.q }) : t("count", { count: total })}
      </p>
      {people.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">
          {params.q && queryTokens(params.q).length === 0 ? t("noWords") : narrowed ? t("noMatch") : t("empty")}
        </p>
      ) : (
        <DirectoryResults people={people} locale={locale} variants={variants} />
      )}
      <Pagination
        page={params.page}
        pageCount={pageCount}
        locale={locale}
        hrefFor={(page) => localePath(locale, directoryHref({ ...params, page }))}
      />
    </>
  );
}
