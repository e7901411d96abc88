import type { CaseView } from "./case-view";
import { DetentionFacts } from "./detention-facts";
import { PersonFacts } from "./person-facts";
import { PlacementFacts } from "./placement-facts";
import { ProsecutionFacts } from "./prosecution-facts";

/** The case's key facts as a definition list, in the page's reading order. */
export function AtAGlance({ view }: { view: CaseView }) {
  return (
    <section aria-labelledby="facts-heading" className="mt-8">
      <h2 id="facts-heading" className="font-serif text-xl font-semibold">
        {view.t("atAGlance")}
      </h2>
      <dl className="mt-4 grid gap-x-8 gap-y-5 sm:grid-cols-2">
        <DetentionFacts view={view} />
        <ProsecutionFacts view={view} />
        <PersonFacts view={view} />
        <PlacementFacts view={view} />
      </dl>
    </section>
  );
}
