// What the cite flow proposes for a new timeline event from a passage: the type and a
// short title guessed from the passage's words, and a date only when the passage itself
// states one (never the article's publication date, which is when it was reported).
// The caseworker changes any of it; nothing here is saved without their review.

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const month = `(${MONTHS.join("|")})`;
const pad = (n: number) => String(n).padStart(2, "0");

/** "13 September 2024", "September 13, 2024", "2024-09-13", "13.09.2024" → "2024-09-13"; "September 2020" → "2020-09". */
export function dateStatedIn(passage: string): string | null {
  const text = passage.toLowerCase();
  let m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${month},? (\\d{4})\\b`).exec(text);
  if (m) return `${m[3]}-${pad(MONTHS.indexOf(m[2] ?? "") + 1)}-${pad(Number(m[1]))}`;
  m = new RegExp(`\\b${month} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`).exec(text);
  if (m) return `${m[3]}-${pad(MONTHS.indexOf(m[1] ?? "") + 1)}-${pad(Number(m[2]))}`;
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (m) return `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  m = new RegExp(`\\b${month},? (\\d{4})\\b`).exec(text);
  if (m) return `${m[2]}-${pad(MONTHS.indexOf(m[1] ?? "") + 1)}`;
  return null;
}

const GUESSES: [RegExp, string, string][] = [
  [/\b(released|freed|pardoned|release of)\b/i, "RELEASE", "Released"],
  [/\b(deported|expelled)\b/i, "DEPORTATION", "Deported"],
  [/\b(arrested|detained|placed in detention|taken into custody)\b/i, "ARREST", "Arrested"],
  [/\b(abducted|disappeared)\b/i, "ABDUCTION", "Abducted"],
  [/\b(sentenced)\b/i, "SENTENCE", "Sentenced"],
  [/\b(transferred|moved to)\b/i, "TRANSFER", "Transferred"],
  [/\b(hunger strike)\b/i, "HUNGER_STRIKE", "Hunger strike"],
  [/\b(charged|indicted)\b/i, "CHARGE", "Charged"],
  [/\b(trial)\b/i, "TRIAL", "Trial"],
];

/** A proposed type and title for an event reported by this passage, for the caseworker to correct. */
export function proposeEvent(passage: string, sourceTitle: string): { type: string; title: string } {
  const guess = GUESSES.find(([pattern]) => pattern.test(passage));
  if (guess) return { type: guess[1], title: guess[2] };
  const short = sourceTitle.replace(/\s*\(title supplied\)\s*$/i, "");
  return { type: "OTHER", title: `Reported: ${short.length > 70 ? `${short.slice(0, 67)}…` : short}` };
}
