import { describe, expect, it } from "vitest";
import { addressParams, emptyAddressRoles, missingAddressRoles } from "./letterAddress";

describe("the letters' address block", () => {
  it("sends every role, empty for none, so nothing is suggested behind staff's back", () => {
    const roles = { ...emptyAddressRoles(), surname: "achternaam", street: "straat", house_number: "huisnummer" };
    expect(addressParams(roles).toString()).toBe(
      "given_name=&prefix=&surname=achternaam&street=straat&house_number=huisnummer&house_letter=&addition=&postcode=&place=",
    );
  });

  it("names the roles a deliverable address still lacks", () => {
    expect(missingAddressRoles(emptyAddressRoles())).toEqual(["street", "house_number", "postcode", "place"]);
    const full = { ...emptyAddressRoles(), street: "straat", house_number: "huisnummer", postcode: "postcode", place: "woonplaats" };
    expect(missingAddressRoles(full)).toEqual([]);
  });
});
