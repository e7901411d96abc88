import { StatusBadge } from "@/components/ui/status-badge";
import { label, translator } from "@/lib/i18n/translator";
import type { CaseView } from "./case-view";
import { StatusEvidence } from "./status-evidence";

/** The name, custody status, other spellings of the name and the short biography. */
export function CaseHeader({ view, name, status }: { view: CaseView; name: string; status: string }) {
  const { locale, record, held, t, cite, lang } = view;
  const { person } = record;
  const otherNames = [
    // The display name is a name variant as a rule; shown among the others when the heading is a local spelling.
    ...(name !== person.displayName && !record.names.some((n) => n.text === person.displayName)
      ? [{ id: "display-name", text: person.displayName, script: "LATN" as const, language: "en" }]
      : []),
    ...record.names.filter((n) => n.text !== name),
  ];
  return (
    <header className="border-b border-line pb-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="break-words font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{name}</h1>
        <StatusBadge status={status} held={held} locale={locale} />
      </div>
      <StatusEvidence view={view} />
      {otherNames.length > 0 && (
        <p className="mt-2 text-sm text-muted">
          <span className="font-medium">{t("alsoSpelled")} </span>
          {otherNames.map((n, i) => (
            <span key={n.id}>
              {i > 0 && " · "}
              {/* A name and its language stay on one line. */}
              <span className="whitespace-nowrap">
                <span lang={n.language} className="text-ink">
                  {n.text}
                </span>
                {n.script === "CYRL" && translator(locale, "labels").has(`nameLanguage.${n.language}`) && (
                  <span> ({label(locale, "nameLanguage", n.language)})</span>
                )}
                {n.id !== "display-name" && cite("NAME_VARIANT", n.id)}
              </span>
            </span>
          ))}
        </p>
      )}
      {person.bio && (
        <p className="mt-4 max-w-3xl text-lg leading-relaxed">
          <span lang={lang}>{person.bio}</span>
          {cite("PERSON", person.id, "bio")}
        </p>
      )}
      {lang && <p className="mt-3 max-w-3xl text-sm text-muted">{t("recordLanguage")}</p>}
    </header>
  );
}
