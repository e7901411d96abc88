// Typed failures of the data layer. Pages turn NotFound into a 404 (never 403, so that a
// hidden record's existence does not leak) and Unauthenticated into a redirect to /login.
export class Unauthenticated extends Error {
  constructor() {
    super("Not signed in");
  }
}

/** Raised both for a missing record and for one the actor may not see or change. */
export class NotFound extends Error {
  constructor(what = "Not found") {
    super(what);
  }
}
