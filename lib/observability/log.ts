// Structured logs: one JSON line per event on stdout, each with the id of the request it
// belongs to. The custom server (scripts/serve.ts) opens a request context per request;
// the app's code, bundled by Next, reaches the same context and logger through globalThis.
// No "server-only" here: the server script loads this file outside Next.
import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type Logger } from "pino";

export type RequestContext = { id: string };

const shared = globalThis as typeof globalThis & {
  casebookRequestContext?: AsyncLocalStorage<RequestContext>;
  casebookLogger?: Logger;
};

export const requestContext = (shared.casebookRequestContext ??= new AsyncLocalStorage<RequestContext>());

export const logger: Logger = (shared.casebookLogger ??= pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "casebook", pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin: () => {
    const id = requestContext.getStore()?.id;
    return id ? { reqId: id } : {};
  },
}));

/** The id of the request being served, if any. */
export const currentRequestId = () => requestContext.getStore()?.id;
