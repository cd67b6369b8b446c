// The invitation letters' address block as staff choose it: a register column per role, nothing
// else of the register (the server prints exactly these columns; issue 23).
import type { AddressRole, AddressRoles } from "./api/types";

/** The roles in the order of the block; the four without which a letter cannot be delivered. */
export const addressRoles: readonly AddressRole[] = [
  "given_name",
  "prefix",
  "surname",
  "street",
  "house_number",
  "house_letter",
  "addition",
  "postcode",
  "place",
];
export const requiredAddressRoles: readonly AddressRole[] = ["street", "house_number", "postcode", "place"];

/** No column for any role. */
export function emptyAddressRoles(): AddressRoles {
  return Object.fromEntries(addressRoles.map((role) => [role, null])) as AddressRoles;
}

/**
 * The query parameters of the letters and their preview: every role, empty for none, so that the
 * server prints exactly what the form shows (no role at all would make it suggest columns).
 */
export function addressParams(roles: AddressRoles): URLSearchParams {
  const params = new URLSearchParams();
  for (const role of addressRoles) params.set(role, roles[role] ?? "");
  return params;
}

/** The required roles that have no column, in block order. */
export function missingAddressRoles(roles: AddressRoles): AddressRole[] {
  return requiredAddressRoles.filter((role) => !roles[role]);
}
