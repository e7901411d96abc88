// The one translation of AppError codes into HTTP: pages and server actions go through
// guarded(), route handlers through respond() (or errorStatus() for their own body shape).
import "server-only";
import { notFound } from "next/navigation";
import { isAppError, type AppErrorCode } from "./app-error";

const STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
};

/** The HTTP status of an application error; null for anything else (a bug: logged, answered 500). */
export function errorStatus(error: unknown): number | null {
  return isAppError(error) ? STATUS[error.code] : null;
}

/**
 * For pages and server actions: NOT_FOUND renders the route's not-found page with a 404.
 * A page cannot answer 409 or 400 (conflicts and invalid input come back to forms as
 * results, with the user's input), so other errors reach the route's error.tsx.
 */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (errorStatus(error) === 404) notFound();
    throw error;
  }
}

/** For route handlers: an application error becomes its status with a short plain-text body. */
export async function respond(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    const status = errorStatus(error);
    if (status === null) throw error;
    return new Response(isAppError(error) ? plainMessage(error.code) : "", {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}

// Never the error's own message: it may name what the reader may not know exists.
function plainMessage(code: AppErrorCode) {
  return { NOT_FOUND: "Not found", CONFLICT: "Conflict", INVALID: "Bad request", RATE_LIMITED: "Too many requests" }[
    code
  ];
}
