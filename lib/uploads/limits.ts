// One documented size limit per kind of upload (README, docs/decisions/013). Checked in the
// browser before sending, by the server before reading a byte of the file, and bounded
// above by the request-body limit in next.config.js, which the proxy answers with 413.
// Safe to import from client components.
const MB = 1024 * 1024;

export const UPLOAD_LIMITS = {
  /** A saved web page (HTML) added to the source library. */
  sourcePage: { bytes: 3 * MB, label: "3 MB", what: "saved web page" },
  /** A CSV or XLSX list for import. */
  importSheet: { bytes: 10 * MB, label: "10 MB", what: "spreadsheet" },
} as const;

export type UploadKind = keyof typeof UPLOAD_LIMITS;

/**
 * The largest request body the app accepts: the largest upload plus room for the form's
 * other fields. next.config.js repeats it (a config file cannot import TypeScript);
 * lib/uploads/limits.test.ts fails if they drift apart.
 */
export const REQUEST_BODY_LIMIT = { bytes: 11 * MB, label: "11 MB", config: "11mb" } as const;

/** What the proxy answers (413) to a request body over REQUEST_BODY_LIMIT. */
export const bodyTooLargeMessage = () =>
  `The upload is larger than ${REQUEST_BODY_LIMIT.label}, the most Casebook accepts in one request. ` +
  Object.values(UPLOAD_LIMITS)
    .map((limit) => `A ${limit.what} may be up to ${limit.label}.`)
    .join(" ");

export const tooLargeMessage = (kind: UploadKind) =>
  `The ${UPLOAD_LIMITS[kind].what} is larger than ${UPLOAD_LIMITS[kind].label}, the limit for this upload.` +
  (kind === "importSheet" ? " Split it into several files." : " Paste the article's text instead.");
