import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, formatSince, formatTerm } from "@/lib/i18n/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { translator, type MessageKey } from "@/lib/i18n/translator";
import { romanisationSystems } from "@/lib/names/systems";
import type { DirectoryEntry } from "@/lib/public/directory";
import type { PublicRecord } from "@/lib/public/record";

type Props = {
  people: DirectoryEntry[];
  locale: Locale;
  /** Each person's name variants with script and language (Belarusian and Russian pages only). */
  variants?: Map<string, PublicRecord["names"]>;
};

export function DirectoryResults({ people, locale, variants }: Props) {
  const t = translator(locale, "directory");
  return (
    <ul className="mt-4 divide-y divide-line overflow-hidden rounded-lg border border-line bg-white">
      {people.map((person) => {
        const name = localName(locale, person.displayName, variants?.get(person.slug) ?? []);
        const otherNames = [person.displayName, ...person.names].filter((n, i, all) => n !== name && all.indexOf(n) === i).slice(0, 3);
        const term = formatTerm(locale, person.sentenceMonths);
        return (
          <li key={person.slug}>
            <Link href={localePath(locale, `/prisoners/${person.slug}`)} className="flex flex-col gap-1 px-4 py-4 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between sm:px-5">
              <div>
                <span className="font-semibold text-ink">{name}</span>
                <MatchNote locale={locale} match={person.match} fallback={otherNames.join(" · ")} />
              </div>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
                {person.held && person.detainedSince && (
                  <span>{t("heldSince", { since: formatSince(locale, person.detainedSince, person.detainedSincePrecision) })}</span>
                )}
                {!person.held && person.releasedOn && (
                  <span>
                    {t("releasedOn", {
                      date: formatDate(locale, person.releasedOn, person.releasedOnPrecision),
                      since: formatSince(locale, person.releasedOn, person.releasedOnPrecision),
                    })}
                  </span>
                )}
                {term && <span>{t("sentenceTerm", { term })}</span>}
                <StatusBadge status={person.status} held={person.held} locale={locale} />
              </div>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function MatchNote({ locale, match, fallback }: { locale: Locale; match: DirectoryEntry["match"]; fallback: string }) {
  const t = translator(locale, "directory");
  if (!match) return fallback ? <span className="block text-sm text-muted">{fallback}</span> : null;
  if ("field" in match) {
    return <span className="block text-sm text-muted">{t(match.field === "facility" ? "matchedFacility" : "matchedDetails")}</span>;
  }
  const name = <span className="font-medium text-ink">{match.name}</span>;
  return (
    <span className="block text-sm text-muted" data-testid="matched-name">
      {match.spelling
        ? t.rich("matchedSpelling", { name, spelling: <span className="italic">{match.spelling}</span>, system: systemName(locale, match.system) })
        : t.rich("matchedName", { name })}
    </span>
  );
}

/** The romanisation system's name in the page's language (the match carries its English label). */
function systemName(locale: Locale, system: string | null) {
  const id = romanisationSystems.find((s) => s.label === system)?.id;
  const labels = translator(locale, "labels");
  return id && labels.has(`romanisation.${id}`) ? labels(`romanisation.${id}` as MessageKey<"labels">) : system;
}
