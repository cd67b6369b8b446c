#include "core/invitations/letter_address.hpp"

#include <algorithm>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"

namespace mienskip {

namespace {

std::size_t at(AddressRole role) { return static_cast<std::size_t>(role); }

struct RoleInfo {
  std::string_view name, words;
  // Column names that suggest the role, best first, compared by normalised_name. BRP extracts say
  // `voornamen`, `voorvoegsel geslachtsnaam`, `geslachtsnaam`, `huisnummertoevoeging`; municipal
  // spreadsheets mostly the short Dutch words.
  std::vector<std::string_view> suggested_by;
};

const std::array<RoleInfo, address_role_count>& role_info() {
  static const std::array<RoleInfo, address_role_count> info{{
      {"given_name", "voornaam of voorletters",
       {"roepnaam", "voornaam", "voornamen", "firstname", "givenname", "voorletters", "initialen", "initials"}},
      {"prefix", "tussenvoegsel",
       {"tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "voorvoegselgeslachtsnaam",
        "tussenvoegselgeslachtsnaam", "prefix"}},
      {"surname", "achternaam", {"achternaam", "geslachtsnaam", "familienaam", "lastname", "surname"}},
      {"street", "straat", {"straat", "straatnaam", "openbareruimte", "openbareruimtenaam", "street"}},
      {"house_number", "huisnummer", {"huisnummer", "huisnr", "housenumber"}},
      {"house_letter", "huisletter", {"huisletter"}},
      {"addition", "toevoeging", {"huisnummertoevoeging", "toevoeging", "huisnrtoevoeging", "addition"}},
      {"postcode", "postcode", {"postcode", "postalcode", "zipcode"}},
      {"place", "woonplaats", {"woonplaats", "woonplaatsnaam", "plaats", "plaatsnaam", "city"}},
  }};
  return info;
}

// "Voorvoegsel geslachtsnaam" and "huis_nummer" as "voorvoegselgeslachtsnaam" and "huisnummer".
std::string normalised_name(std::string_view name) {
  std::string out;
  for (const char c : name) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) {
    if (!part.empty()) text += (text.empty() ? "" : " ") + part;
  }
  return text;
}

// A register field on one line: a quoted CSV field may hold line breaks and tabs, which would
// otherwise move the rest of the address out of the envelope's window.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= ' ' || byte == 0x7f) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// As the BAG and PostNL write it: the house letter right after the number ("12A"), an addition
// after a hyphen when it is a number ("12-2", so it does not read as "122") and after a space
// otherwise ("12 bis").
std::string house_number(const std::string& number, const std::string& letter, const std::string& addition) {
  std::string text = number + letter;
  if (addition.empty()) return text;
  if (text.empty()) return addition;
  return text + (addition[0] >= '0' && addition[0] <= '9' ? "-" : " ") + addition;
}

}  // namespace

const std::array<AddressRole, address_role_count>& address_roles() {
  static const std::array<AddressRole, address_role_count> roles{
      AddressRole::given_name,   AddressRole::prefix,       AddressRole::surname,
      AddressRole::street,       AddressRole::house_number, AddressRole::house_letter,
      AddressRole::addition,     AddressRole::postcode,     AddressRole::place};
  return roles;
}

std::string_view address_role_name(AddressRole role) { return role_info()[at(role)].name; }

std::string_view address_role_words(AddressRole role) { return role_info()[at(role)].words; }

AddressMapping suggested_address_mapping(const std::vector<std::string>& columns) {
  AddressMapping mapping;
  std::vector<bool> taken(columns.size(), false);
  for (const auto role : address_roles()) {
    for (const auto candidate : role_info()[at(role)].suggested_by) {
      std::size_t found = columns.size();
      for (std::size_t c = 0; c < columns.size() && found == columns.size(); ++c) {
        if (!taken[c] && normalised_name(columns[c]) == candidate) found = c;
      }
      if (found < columns.size()) {
        taken[found] = true;
        mapping[at(role)] = columns[found];
        break;
      }
    }
  }
  return mapping;
}

std::vector<AddressRole> missing_address_roles(const AddressMapping& mapping) {
  std::vector<AddressRole> missing;
  for (const auto role : {AddressRole::street, AddressRole::house_number, AddressRole::postcode, AddressRole::place}) {
    if (!mapping[at(role)]) missing.push_back(role);
  }
  return missing;
}

AddressLayout address_positions(const AddressMapping& mapping, const std::vector<std::string>& columns) {
  AddressLayout layout;
  for (const auto role : address_roles()) {
    const auto& column = mapping[at(role)];
    if (!column) continue;
    const auto found = std::find(columns.begin(), columns.end(), *column);
    if (found == columns.end()) {
      throw Error(error_codes::invalid_option, "The register has no column '" + *column + "' for the " +
                                        std::string(address_role_words(role)) + " in the address.");
    }
    const auto position = static_cast<std::size_t>(found - columns.begin());
    for (const auto other : address_roles()) {
      if (other != role && layout.positions[at(other)] == position) {
        throw Error(error_codes::invalid_option, "The column '" + *column + "' is chosen for both the " +
                                          std::string(address_role_words(other)) + " and the " +
                                          std::string(address_role_words(role)) + ".");
      }
    }
    layout.positions[at(role)] = position;
  }
  return layout;
}

AddressLayout address_layout(const AddressMapping& mapping, const std::vector<std::string>& columns) {
  auto layout = address_positions(mapping, columns);
  const auto missing = missing_address_roles(mapping);
  if (!missing.empty()) {
    std::string names;
    for (const auto role : missing) names += (names.empty() ? "" : ", ") + std::string(address_role_words(role));
    throw Error(error_codes::no_address_columns,
                "No letters were made: choose the register's column for the " + names +
                    " in the address block. Without a full address a letter cannot be delivered.");
  }
  return layout;
}

AddressBlock address_block(const AddressLayout& layout, const std::vector<std::string>& row) {
  auto field = [&](AddressRole role) {
    const auto position = layout.positions[at(role)];
    return position && *position < row.size() ? one_line(row[*position]) : std::string();
  };
  const std::string given = field(AddressRole::given_name);
  std::string prefix = field(AddressRole::prefix);
  // "de Vries" after a first name or initials, but "De Vries" at the start of a line.
  if (given.empty() && !prefix.empty() && prefix[0] >= 'a' && prefix[0] <= 'z') prefix[0] = static_cast<char>(prefix[0] - 'a' + 'A');
  AddressBlock block;
  const std::string name = joined({given, prefix, field(AddressRole::surname)});
  const std::string street =
      joined({field(AddressRole::street),
              house_number(field(AddressRole::house_number), field(AddressRole::house_letter), field(AddressRole::addition))});
  const std::string place = joined({dutch_postcode(field(AddressRole::postcode)), field(AddressRole::place)});
  for (const auto& line : {name, street, place}) {
    if (!line.empty()) block.lines.push_back(line);
  }
  if (!given.empty()) block.addressee = name;
  return block;
}

std::string dutch_postcode(std::string_view text) {
  std::string compact;
  for (const char c : text) {
    if (c != ' ' && c != '\t') compact += c;
  }
  const bool dutch = compact.size() == 6 && std::all_of(compact.begin(), compact.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
                     std::all_of(compact.begin() + 4, compact.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                     });
  if (!dutch) return trim(text);
  for (auto it = compact.begin() + 4; it != compact.end(); ++it) {
    if (*it >= 'a' && *it <= 'z') *it = static_cast<char>(*it - 'a' + 'A');
  }
  return compact.substr(0, 4) + " " + compact.substr(4);
}

}  // namespace mienskip
