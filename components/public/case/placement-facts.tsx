import { localFacilityText } from "@/lib/letters/local-text";
import { Fact } from "./case-layout";
import type { CaseView } from "./case-view";

/**
 * Where the person is held now, in the reader's language. The envelope address and the
 * letter guidance are in "Write to …" (components/public/letters/write-to.tsx).
 */
export function PlacementFacts({ view }: { view: CaseView }) {
  const { record, t, cite, locale } = view;
  return (
    <>
      {record.placements
        .filter((p) => !p.toDate)
        .map((p) => {
          const local = localFacilityText(locale, p.facility);
          return (
            <Fact key={p.id} label={t("heldAt")}>
              <span lang={local.nameLang}>{local.name}</span>
              {cite("PLACEMENT", p.id)}
              {(p.facility.addressLocal || p.facility.addressLatin || p.facility.letterGuidance) && (
                // Facility addresses are kept by the organisation, not quoted from a source: the page says so.
                <p className="mt-1 text-xs text-muted" data-testid="organisation-records">
                  {t("organisationRecords")}
                </p>
              )}
            </Fact>
          );
        })}
    </>
  );
}
