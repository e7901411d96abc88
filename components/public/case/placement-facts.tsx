import { Fact } from "./case-layout";
import type { CaseView } from "./case-view";

/** Where the person is held now, with the facility's letter address and guidance for letter writers. */
export function PlacementFacts({ view }: { view: CaseView }) {
  const { record, t, cite, lang } = view;
  return (
    <>
      {record.placements
        .filter((p) => !p.toDate)
        .map((p) => (
          <Fact key={p.id} label={t("heldAt")}>
            <span lang={lang}>{p.facility.name}</span>
            {p.facility.addressLocal && (
              <address className="mt-1 whitespace-pre-line not-italic text-muted">{p.facility.addressLocal}</address>
            )}
            {p.facility.addressLatin && (
              <address className="mt-1 whitespace-pre-line not-italic text-muted">{p.facility.addressLatin}</address>
            )}
            {p.facility.letterGuidance && (
              <p className="mt-2 text-sm text-muted">
                <span className="font-medium text-ink">{t("writingLetter")} </span>
                <span lang={lang}>{p.facility.letterGuidance}</span>
              </p>
            )}
            {cite("PLACEMENT", p.id)}
            {(p.facility.addressLocal || p.facility.addressLatin || p.facility.letterGuidance) && (
              // Facility addresses are kept by the organisation, not quoted from a source: the page says so.
              <p className="mt-1 text-xs text-muted" data-testid="organisation-records">
                {t("organisationRecords")}
              </p>
            )}
          </Fact>
        ))}
    </>
  );
}
