// Failures after which the same request is likely to succeed a moment later: the database
// could not be reached, had no free connection, was restarting, or picked this transaction
// as a deadlock's victim. A form answers these with "try again", keeping what was typed;
// anything else is a defect and is logged. No Prisma import: the actions use it too.

export const UNAVAILABLE_MESSAGE =
  "Nothing was saved: the database did not answer in time. What you typed is still here; please try again in a moment.";

// Prisma's codes: can't reach / timed out / closed the connection / pool timeout /
// transaction could not start / write conflict or deadlock.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);
// PostgreSQL's SQLSTATEs (connection exceptions, shutdown, too many connections,
// serialization failure, deadlock) and Node's socket errors.
const SQLSTATES = /^(08|57P0|53300|40001|40P01)/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
const MESSAGES = [
  /Connection terminated/i,
  /Can't reach database server/i,
  /Unable to start a transaction in the given time/i,
  /Timed out fetching a new connection/i,
  /the database system is (starting up|shutting down)/i,
  /terminating connection due to administrator command/i,
  /Transaction already closed/i,
];

function codesOf(error: unknown, depth = 0): { codes: string[]; messages: string[] } {
  if (depth > 5 || typeof error !== "object" || error === null) return { codes: [], messages: [] };
  const record = error as Record<string, unknown>;
  const codes = [record.code, record.originalCode, (record.meta as Record<string, unknown> | undefined)?.code].filter(
    (c): c is string => typeof c === "string",
  );
  const messages = typeof record.message === "string" ? [record.message] : [];
  const inner = [record.cause, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError].map((e) =>
    codesOf(e, depth + 1),
  );
  return {
    codes: [...codes, ...inner.flatMap((i) => i.codes)],
    messages: [...messages, ...inner.flatMap((i) => i.messages)],
  };
}

export function isTransientDatabaseError(error: unknown): boolean {
  const { codes, messages } = codesOf(error);
  return (
    codes.some((c) => PRISMA_CODES.has(c) || SQLSTATES.test(c) || SOCKET_CODES.has(c)) ||
    messages.some((m) => MESSAGES.some((pattern) => pattern.test(m)))
  );
}

/** A deadlock or serialization failure: the transaction was rolled back and may simply be run again. */
export function isRetryableConflict(error: unknown): boolean {
  const { codes } = codesOf(error);
  return codes.some((c) => c === "40001" || c === "40P01" || c === "P2034");
}
