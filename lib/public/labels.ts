// Words shown for the record's enumerations, in English: the workspace, exports and feeds
// use these. Public pages use the same catalog in the reader's language (lib/i18n), so
// the English words live in one place, messages/en.json.
import en from "../../messages/en.json";

export const statusLabel: Record<string, string> = en.labels.status;
export const conditionLabel: Record<string, string> = en.labels.condition;
export const releaseTypeLabel: Record<string, string> = en.labels.releaseType;
export const detentionKindLabel: Record<string, string> = en.labels.detentionKind;
export const representationLabel: Record<string, string> = en.labels.representation;
export const designationLabel: Record<string, string> = en.labels.designation;
export const languageLabel: Record<string, string> = en.labels.nameLanguage;

export function formatTerm(months: number | null | undefined) {
  if (!months) return null;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years ? `${years} year${years === 1 ? "" : "s"}` : "", rest ? `${rest} month${rest === 1 ? "" : "s"}` : ""];
  return parts.filter(Boolean).join(" ");
}
