// A municipality-wide role in words, wherever one is named (the header, the accounts list, the
// sentences that say a role was given).
import type { Role } from "./session";
import type { CommonTextKey } from "./texts";

const roleKeys: Record<Role, CommonTextKey> = {
  admin: "roleAdmin",
  analyst: "roleAnalyst",
  none: "roleNone",
};

/** The key of the role's word in the app-wide catalogue ("beheerder", "analist", "geen vaste rol"). */
export function roleTextKey(role: Role): CommonTextKey {
  return roleKeys[role];
}
