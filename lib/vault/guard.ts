import { isSealed } from "./envelope";
import { sealedFields } from "./fields";

/** A plain restricted value where only a sealed one may be: a programming error, named without the value. */
export class PlainRestrictedValue extends Error {
  constructor(entity: string, field: string) {
    super(`Refused to store ${entity}.${field} in plain text: restricted values must be sealed first`);
    this.name = "PlainRestrictedValue";
  }
}

/** Throws when a row about to be copied (a revision, a backup of it) holds a restricted value unsealed. */
export function assertNoPlainRestricted(entity: string, row: object) {
  const values = row as Record<string, unknown>;
  for (const field of sealedFields(entity, values)) {
    const value = values[field];
    if (value !== null && value !== undefined && value !== "" && !isSealed(value))
      throw new PlainRestrictedValue(entity, field);
  }
}
