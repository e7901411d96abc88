import type { ReactNode } from "react";
import { AtAGlance } from "./at-a-glance";
import { CaseFooter } from "./case-footer";
import { CaseHeader } from "./case-header";
import type { CaseView } from "./case-view";
import { ConditionsSection } from "./conditions-section";
import { OngoingConditions } from "./ongoing-conditions";
import { PeopleSection } from "./people-section";
import { TimelineSection } from "./timeline-section";

/**
 * Every section of a public case page, in page order: the public page and the workspace's
 * publication preview render the same thing. Sections share one footnote numbering, so
 * the sources list comes last.
 */
export function CaseBody({
  view,
  name,
  status,
  lastUpdatedAt,
  letters,
  fullTimelineHref,
}: {
  view: CaseView;
  name: string;
  status: string;
  lastUpdatedAt: string | null;
  /** "Write to …" for a held person (the public page only; the preview has no campaigns). */
  letters?: ReactNode;
  /** Where a long timeline continues (the public page); the preview shows every event. */
  fullTimelineHref?: string;
}) {
  return (
    <>
      <CaseHeader view={view} name={name} status={status} />
      <OngoingConditions view={view} />
      <AtAGlance view={view} />
      {letters}
      <ConditionsSection view={view} />
      <PeopleSection view={view} />
      <TimelineSection view={view} fullTimelineHref={fullTimelineHref} />
      <CaseFooter view={view} lastUpdatedAt={lastUpdatedAt} />
    </>
  );
}
