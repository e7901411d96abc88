// Words shown to visitors for the record's enumerations.

export const statusLabel: Record<string, string> = {
  DETAINED: "Held",
  PRE_TRIAL: "Held, awaiting trial",
  CONVICTED: "Held, convicted",
  UNDER_APPEAL: "Held, under appeal",
  RELEASED: "Released",
  EXILED: "In exile",
  DECEASED: "Died",
  DISAPPEARED: "Disappeared",
  UNKNOWN: "Status unknown",
};

export const conditionLabel: Record<string, string> = {
  SOLITARY_CONFINEMENT: "Solitary confinement",
  INCOMMUNICADO: "Held incommunicado",
  DENIED_MEDICAL_CARE: "Denied medical care",
  DENIED_LAWYER: "Denied a lawyer",
  DENIED_CORRESPONDENCE: "Denied correspondence",
  HUNGER_STRIKE: "Hunger strike",
  FORCED_LABOUR: "Forced labour",
  PUNISHMENT_CELL: "Punishment cell",
  OTHER: "Other condition",
};

export const releaseTypeLabel: Record<string, string> = {
  SENTENCE_SERVED: "sentence served",
  PARDON: "pardoned",
  NEGOTIATED_RELEASE: "negotiated release",
  EXCHANGE: "prisoner exchange",
  FORCED_EXPULSION: "forcibly expelled",
  DEPORTATION: "deported",
  ACQUITTAL: "acquitted",
  OTHER: "released",
};

export const detentionKindLabel: Record<string, string> = {
  ARREST: "Arrested",
  ABDUCTION: "Abducted",
  FORCED_DISAPPEARANCE: "Forcibly disappeared",
};

export const representationLabel: Record<string, string> = {
  ACTIVE: "representing",
  DENIED_ACCESS: "denied access",
  DISBARRED: "disbarred",
  ENDED: "no longer representing",
};

export const designationLabel: Record<string, string> = {
  POLITICAL_PRISONER: "Political prisoner",
  PRISONER_OF_CONSCIENCE: "Prisoner of conscience",
  ARBITRARY_DETENTION: "Arbitrary detention (UN WGAD)",
};

export const languageLabel: Record<string, string> = { be: "Belarusian", ru: "Russian", en: "English", pl: "Polish", uk: "Ukrainian" };

export function formatTerm(months: number | null | undefined) {
  if (!months) return null;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years ? `${years} year${years === 1 ? "" : "s"}` : "", rest ? `${rest} month${rest === 1 ? "" : "s"}` : ""];
  return parts.filter(Boolean).join(" ");
}
