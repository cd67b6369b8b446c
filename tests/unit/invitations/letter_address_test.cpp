// The address block of an invitation letter (issue 23): only the nine address roles exist, the
// columns come from staff's choice or the register's names, and a block is the Dutch address.
#include <boost/test/unit_test.hpp>
#include <functional>

#include "core/base/error.hpp"
#include "app/invitation_letters_view.hpp"
#include "core/invitations/letter_address.hpp"

using namespace mienskip;

namespace {

// A BRP extract's head: besides the address, initials, a birth date, a gender and a district.
const std::vector<std::string> brp_columns = {"id",         "voornaam", "voorletters",   "tussenvoegsel",
                                              "achternaam", "straat",   "huisnummer",    "huisletter",
                                              "postcode",   "woonplaats", "geboortedatum", "geslacht", "wijk"};

const std::vector<std::string> sjoerd = {"200001", "Sjoerd", "S.", "de", "Vries", "Tsjerkestrjitte", "12", "A",
                                         "8701ab", "Snits", "1997-02-05", "M", "Wyk-Noard-1"};

std::string role_column(const AddressMapping& mapping, AddressRole role) {
  const auto& column = mapping[static_cast<std::size_t>(role)];
  return column ? *column : "-";
}

std::string joined(const AddressBlock& block) {
  std::string text;
  for (const auto& line : block.lines) text += (text.empty() ? "" : " / ") + line;
  return text;
}

AddressMapping mapping_of(std::initializer_list<std::pair<AddressRole, std::string>> roles) {
  AddressMapping mapping;
  for (const auto& [role, column] : roles) mapping[static_cast<std::size_t>(role)] = column;
  return mapping;
}

std::string error_code_of(const std::function<void()>& action, std::string* message = nullptr) {
  try {
    action();
  } catch (const Error& e) {
    if (message) *message = e.what();
    return e.code();
  }
  return "none";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(letter_address)

BOOST_AUTO_TEST_CASE(the_nine_roles_have_names_and_words) {
  BOOST_TEST(address_roles().size() == 9u);
  BOOST_TEST(address_role_name(AddressRole::given_name) == "given_name");
  BOOST_TEST(address_role_name(AddressRole::house_number) == "house_number");
  BOOST_TEST(address_role_words(AddressRole::street) == "straat");
  BOOST_TEST(address_role_words(AddressRole::place) == "woonplaats");
}

BOOST_AUTO_TEST_CASE(a_brp_extract_suggests_name_and_address_and_nothing_else) {
  const auto mapping = suggested_address_mapping(brp_columns);
  BOOST_TEST(role_column(mapping, AddressRole::given_name) == "voornaam");  // a first name before initials
  BOOST_TEST(role_column(mapping, AddressRole::prefix) == "tussenvoegsel");
  BOOST_TEST(role_column(mapping, AddressRole::surname) == "achternaam");
  BOOST_TEST(role_column(mapping, AddressRole::street) == "straat");
  BOOST_TEST(role_column(mapping, AddressRole::house_number) == "huisnummer");
  BOOST_TEST(role_column(mapping, AddressRole::house_letter) == "huisletter");
  BOOST_TEST(role_column(mapping, AddressRole::addition) == "-");
  BOOST_TEST(role_column(mapping, AddressRole::postcode) == "postcode");
  BOOST_TEST(role_column(mapping, AddressRole::place) == "woonplaats");
  for (const auto& column : mapping) {
    if (!column) continue;
    BOOST_TEST(*column != "geboortedatum");
    BOOST_TEST(*column != "geslacht");
    BOOST_TEST(*column != "wijk");
    BOOST_TEST(*column != "id");
  }
  BOOST_TEST(missing_address_roles(mapping).empty());
}

BOOST_AUTO_TEST_CASE(names_are_compared_without_case_spaces_dashes_and_underscores) {
  const auto mapping = suggested_address_mapping(
      {"BSN", "Voorletters", "Voorvoegsel geslachtsnaam", "Geslachtsnaam", "Straat_naam", "Huis-nummer",
       "Huisnummertoevoeging", "POSTCODE", "Woonplaatsnaam", "Geboorteplaats"});
  BOOST_TEST(role_column(mapping, AddressRole::given_name) == "Voorletters");
  BOOST_TEST(role_column(mapping, AddressRole::prefix) == "Voorvoegsel geslachtsnaam");
  BOOST_TEST(role_column(mapping, AddressRole::surname) == "Geslachtsnaam");
  BOOST_TEST(role_column(mapping, AddressRole::street) == "Straat_naam");
  BOOST_TEST(role_column(mapping, AddressRole::house_number) == "Huis-nummer");
  BOOST_TEST(role_column(mapping, AddressRole::house_letter) == "-");
  BOOST_TEST(role_column(mapping, AddressRole::addition) == "Huisnummertoevoeging");
  BOOST_TEST(role_column(mapping, AddressRole::postcode) == "POSTCODE");
  BOOST_TEST(role_column(mapping, AddressRole::place) == "Woonplaatsnaam");  // never the place of birth
}

BOOST_AUTO_TEST_CASE(a_register_without_address_columns_suggests_none_and_is_refused) {
  const std::vector<std::string> columns = {"id", "naam", "adres", "geboortedatum", "geslacht"};
  const auto mapping = suggested_address_mapping(columns);
  for (const auto& column : mapping) BOOST_TEST(!column.has_value());
  const auto missing = missing_address_roles(mapping);
  BOOST_TEST((missing == std::vector<AddressRole>{AddressRole::street, AddressRole::house_number,
                                                   AddressRole::postcode, AddressRole::place}));
  std::string message;
  BOOST_TEST(error_code_of([&] { address_layout(mapping, columns); }, &message) == "no_address_columns");
  BOOST_TEST(message.find("straat, huisnummer, postcode, woonplaats") != std::string::npos, message);
  // Checking the columns alone accepts it: the preview shows what is missing instead.
  BOOST_TEST(error_code_of([&] { address_positions(mapping, columns); }) == "none");
}

BOOST_AUTO_TEST_CASE(a_mapping_is_checked_against_the_register) {
  auto unknown = suggested_address_mapping(brp_columns);
  unknown[static_cast<std::size_t>(AddressRole::street)] = "straatnaam";
  std::string message;
  BOOST_TEST(error_code_of([&] { address_layout(unknown, brp_columns); }, &message) == "invalid_option");
  BOOST_TEST(message.find("'straatnaam'") != std::string::npos, message);

  auto twice = suggested_address_mapping(brp_columns);
  twice[static_cast<std::size_t>(AddressRole::house_number)] = "straat";
  BOOST_TEST(error_code_of([&] { address_layout(twice, brp_columns); }) == "invalid_option");

  auto no_place = suggested_address_mapping(brp_columns);
  no_place[static_cast<std::size_t>(AddressRole::place)].reset();
  BOOST_TEST(error_code_of([&] { address_layout(no_place, brp_columns); }, &message) == "no_address_columns");
  BOOST_TEST(message.find("woonplaats") != std::string::npos, message);
  BOOST_TEST(message.find("straat") == std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(the_suggested_block_is_the_dutch_address_with_nothing_else) {
  const auto layout = address_layout(suggested_address_mapping(brp_columns), brp_columns);
  const auto block = address_block(layout, sjoerd);
  BOOST_TEST(joined(block) == "Sjoerd de Vries / Tsjerkestrjitte 12A / 8701 AB Snits");
  BOOST_TEST(block.addressee == "Sjoerd de Vries");
}

BOOST_AUTO_TEST_CASE(initials_a_prefix_without_first_name_and_no_name) {
  const auto initials = mapping_of({{AddressRole::given_name, "voorletters"}, {AddressRole::prefix, "tussenvoegsel"},
                                    {AddressRole::surname, "achternaam"}, {AddressRole::street, "straat"},
                                    {AddressRole::house_number, "huisnummer"}, {AddressRole::postcode, "postcode"},
                                    {AddressRole::place, "woonplaats"}});
  const auto by_initials = address_block(address_layout(initials, brp_columns), sjoerd);
  BOOST_TEST(joined(by_initials) == "S. de Vries / Tsjerkestrjitte 12 / 8701 AB Snits");
  BOOST_TEST(by_initials.addressee == "S. de Vries");

  auto surname_only = initials;
  surname_only[static_cast<std::size_t>(AddressRole::given_name)].reset();
  const auto by_surname = address_block(address_layout(surname_only, brp_columns), sjoerd);
  BOOST_TEST(joined(by_surname) == "De Vries / Tsjerkestrjitte 12 / 8701 AB Snits");
  BOOST_TEST(by_surname.addressee.empty());  // "Beste De Vries" is no Dutch greeting

  auto address_only = surname_only;
  address_only[static_cast<std::size_t>(AddressRole::prefix)].reset();
  address_only[static_cast<std::size_t>(AddressRole::surname)].reset();
  const auto anonymous = address_block(address_layout(address_only, brp_columns), sjoerd);
  BOOST_TEST(joined(anonymous) == "Tsjerkestrjitte 12 / 8701 AB Snits");
  BOOST_TEST(anonymous.addressee.empty());
}

BOOST_AUTO_TEST_CASE(house_letters_and_additions_as_the_bag_writes_them) {
  const std::vector<std::string> columns = {"straat", "huisnummer", "huisletter", "toevoeging", "postcode", "woonplaats"};
  const auto layout = address_layout(suggested_address_mapping(columns), columns);
  BOOST_TEST(address_block(layout, {"Dyk", "140", "", "", "8703EF", "Wommels"}).lines[0] == "Dyk 140");
  BOOST_TEST(address_block(layout, {"Dyk", "140", "a", "", "8703EF", "Wommels"}).lines[0] == "Dyk 140a");
  BOOST_TEST(address_block(layout, {"Dyk", "140", "", "2", "8703EF", "Wommels"}).lines[0] == "Dyk 140-2");
  BOOST_TEST(address_block(layout, {"Dyk", "140", "B", "3", "8703EF", "Wommels"}).lines[0] == "Dyk 140B-3");
  BOOST_TEST(address_block(layout, {"Dyk", "140", "", "bis", "8703EF", "Wommels"}).lines[0] == "Dyk 140 bis");
  BOOST_TEST(address_block(layout, {"Dyk", "140", "", "", "8703EF", "Wommels"}).addressee.empty());
}

BOOST_AUTO_TEST_CASE(fields_with_line_breaks_stay_on_their_line) {
  const std::vector<std::string> columns = {"voornaam", "achternaam", "straat", "huisnummer", "postcode", "woonplaats"};
  const auto layout = address_layout(suggested_address_mapping(columns), columns);
  const auto block =
      address_block(layout, {" Sjoerd\r\n", "de  Vries", "Tsjerke-\nstrjitte", "\t12 ", " 8701 ab ", "Snits\n"});
  BOOST_TEST(joined(block) == "Sjoerd de Vries / Tsjerke- strjitte 12 / 8701 AB Snits");
  BOOST_TEST(block.lines.size() == 3u);
}

BOOST_AUTO_TEST_CASE(empty_fields_leave_no_empty_lines) {
  const auto layout = address_layout(suggested_address_mapping(brp_columns), brp_columns);
  auto row = sjoerd;
  row[1] = row[3] = row[4] = "";
  const auto block = address_block(layout, row);
  BOOST_TEST(joined(block) == "Tsjerkestrjitte 12A / 8701 AB Snits");
  BOOST_TEST(block.addressee.empty());
  // A short row (never from the store, which keeps every field) is read as empty fields.
  BOOST_TEST(address_block(layout, {"200001", "Sjoerd"}).lines == std::vector<std::string>{"Sjoerd"});
}

BOOST_AUTO_TEST_CASE(postcodes_as_postnl_asks) {
  BOOST_TEST(dutch_postcode("8701ab") == "8701 AB");
  BOOST_TEST(dutch_postcode(" 8701 AB ") == "8701 AB");
  BOOST_TEST(dutch_postcode("8701  Ab") == "8701 AB");
  BOOST_TEST(dutch_postcode("B-1000") == "B-1000");  // not Dutch: as it was
  BOOST_TEST(dutch_postcode("87011AB") == "87011AB");
  BOOST_TEST(dutch_postcode("") == "");
}

BOOST_AUTO_TEST_CASE(the_greeting_names_the_addressee) {
  BOOST_TEST(letter_greeting("nl", "Sjoerd de Vries") == "Beste Sjoerd de Vries,");
  BOOST_TEST(letter_greeting("fy", "Áltsje Hoekstra") == "Bêste Áltsje Hoekstra,");
  BOOST_TEST(letter_greeting("nl", "") == "Beste bewoner,");
  BOOST_TEST(letter_greeting("fy", "") == "Bêste bewenner,");
}

BOOST_AUTO_TEST_CASE(the_letter_escapes_the_addressee) {
  const auto text = default_letter_text("nl", "Burgerforum <i>Energie</i>");
  const app::LetterPage page{"nl", fill_letter_text(text, {}, "nl", "Súdwest-Fryslân"), "Súdwest-Fryslân",
                             "https://example.nl/f/energie?a=1&b=2"};
  const auto html = app::invitation_letters_html(page, {{{"<b>Jan</b>", "Dyk 1", "8703 EF Wommels"}, "ABCD", "<b>Jan</b>"}});
  BOOST_TEST(html.find("<p>Beste &lt;b&gt;Jan&lt;/b&gt;,</p>") != std::string::npos);
  BOOST_TEST(html.find("<address class=\"address\">&lt;b&gt;Jan&lt;/b&gt;<br>Dyk 1<br>8703 EF Wommels</address>") != std::string::npos);
  BOOST_TEST(html.find("<b>Jan") == std::string::npos);
  BOOST_TEST(html.find("<i>Energie") == std::string::npos);
  BOOST_TEST(html.find("<h1>Burgerforum &lt;i&gt;Energie&lt;/i&gt;</h1>") != std::string::npos);
  BOOST_TEST(html.find("f/energie?a=1&amp;b=2") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
