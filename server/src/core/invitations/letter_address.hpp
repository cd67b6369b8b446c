#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mienskip {

/// What a register column can be in the address block of an invitation letter. Nothing else of
/// a register is ever printed on a letter: a birth date or a gender has no role.
enum class AddressRole { given_name, prefix, surname, street, house_number, house_letter, addition, postcode, place };

inline constexpr std::size_t address_role_count = 9;

/// Every role, in the order of the block.
const std::array<AddressRole, address_role_count>& address_roles();

/// The role's name in the API and in query parameters: "given_name", "house_number", ...
std::string_view address_role_name(AddressRole role);

/// The role in words staff use: "straat", "huisnummer", ...
std::string_view address_role_words(AddressRole role);

/// Which register column fills each role (indexed by the role); a role without one is left out.
using AddressMapping = std::array<std::optional<std::string>, address_role_count>;

/// The columns a register's names suggest, e.g. `voornaam` (else `voorletters`) for the given
/// name, `tussenvoegsel`, `achternaam` or `geslachtsnaam`, `straat`, `huisnummer`, `huisletter`,
/// `huisnummertoevoeging`, `postcode`, `woonplaats`; names compared without case, spaces,
/// dashes and underscores. A column is suggested for one role at most, and only for the roles
/// above: any other column stays off the letter.
AddressMapping suggested_address_mapping(const std::vector<std::string>& columns);

/// The roles a letter cannot go without (street, house number, postcode, place) that have no
/// column in `mapping`, in block order.
std::vector<AddressRole> missing_address_roles(const AddressMapping& mapping);

/// A mapping checked against the register: each role's column position.
struct AddressLayout {
  std::array<std::optional<std::size_t>, address_role_count> positions;
};

/// Checks `mapping` against the register's `columns`: throws Error `invalid_option` for a column
/// the register does not have or a column chosen for two roles. Roles may be missing.
AddressLayout address_positions(const AddressMapping& mapping, const std::vector<std::string>& columns);

/// address_positions, and also throws `no_address_columns` (naming the missing roles in Dutch)
/// when the street, house number, postcode or place has no column, so that a letter is never
/// printed without a deliverable address.
AddressLayout address_layout(const AddressMapping& mapping, const std::vector<std::string>& columns);

/// One letter's address block in the Dutch format: the name (given name or initials, prefix and
/// surname on one line), the street with house number, letter and addition ("Dyk 12A", "Dyk 12-2",
/// "Dyk 12 bis"), and the postcode (written `1234 AB`) with the place. Runs of spaces, tabs and
/// line breaks within a field become one space; empty lines are left out.
struct AddressBlock {
  std::vector<std::string> lines;
  /// The name line when it has a given name or initials ("Sjoerd de Vries", "S. de Vries"), to
  /// greet the resident by; empty otherwise.
  std::string addressee;
};

/// The block of one register row (all of the register's fields, in its column order).
AddressBlock address_block(const AddressLayout& layout, const std::vector<std::string>& row);

/// A Dutch postcode as PostNL asks for it, four digits, a space and two capitals ("8701ab" ->
/// "8701 AB"); anything else is returned as it was, trimmed.
std::string dutch_postcode(std::string_view text);

}  // namespace mienskip
