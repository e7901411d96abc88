// The one table that decides what each role may do (docs/domain.md, "Roles"). Every read and
// write in lib/ asks `can()` or `authorize()`; pages and the proxy never decide alone.
export type Role = "ADMIN" | "CASEWORKER" | "CAMPAIGNER";

export const PERMISSIONS = [
  "read:public",
  "read:internal",
  "read:restricted",
  "edit:case",
  "publish:case",
  "restore:deleted",
  "manage:users",
  "read:audit",
  "export:data",
  "manage:campaigns",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  // Caseworkers keep records current, see restricted data and publish (docs/domain.md).
  CASEWORKER: ["read:public", "read:internal", "read:restricted", "edit:case", "publish:case", "export:data"],
  // Campaigners build letter-writing lists: public and internal data, exports, no edits.
  CAMPAIGNER: ["read:public", "read:internal", "export:data", "manage:campaigns"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The visibilities a role may read, for `where: { visibility: { in: … } }`. */
export function readableVisibilities(role: Role): ("PUBLIC" | "INTERNAL" | "RESTRICTED")[] {
  return can(role, "read:restricted") ? ["PUBLIC", "INTERNAL", "RESTRICTED"] : ["PUBLIC", "INTERNAL"];
}

export const ROLE_LABEL: Record<Role, string> = { ADMIN: "Admin", CASEWORKER: "Caseworker", CAMPAIGNER: "Campaigner" };
