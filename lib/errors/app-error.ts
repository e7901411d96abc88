// Typed failures of the data layer, one class with a code (after documenso's AppError).
// lib/errors/http.ts is the one place a code becomes an HTTP answer.

export const APP_ERROR_CODES = ["NOT_FOUND", "CONFLICT", "INVALID", "RATE_LIMITED"] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string = code) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }
}

/**
 * Raised both for a missing record and for one the actor may not see or change: the
 * answer is a 404, never a 403, so that a hidden record's existence does not leak.
 */
export class NotFound extends AppError {
  constructor(what = "Not found") {
    super("NOT_FOUND", what);
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
