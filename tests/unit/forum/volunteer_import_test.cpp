// Staff's import of volunteers who answered their letter on paper or by phone: read as a
// spreadsheet saves it (Dutch Excel's Windows-1252 and semicolons, capitals, extra columns), every
// problem of the file in one report with a code and parameters the staff app words itself, and a
// template to fill in.
#include <boost/test/unit_test.hpp>
#include <functional>

#include "core/base/error.hpp"
#include "core/forum/volunteer_import.hpp"

using namespace mienskip;

namespace {

QuotaCategory category(const std::string& name, const std::vector<std::string>& values) {
  const std::vector<int> none(values.size(), 0);
  return {name, values, none, std::vector<int>(values.size(), 3), none, std::vector<int>(values.size(), -1)};
}

const std::vector<QuotaCategory> quotas = {category("Leeftijd", {"16-34", "35-64", "65+"}),
                                           category("Geslacht", {"vrouw", "man"})};

// Valid codes in the alphabet of invitation codes, as printed and as typed.
const std::string code_a = "K7QM-X2PA-9RTD";
const std::string code_b = "ABCD-EFGH-JKMN";
const std::string code_c = "PQRS-TWXY-Z234";

// The problems as "row/column code params", one a line.
std::string listed(const VolunteerImport& file) {
  std::string out;
  for (const auto& p : file.problems.first()) {
    out += std::to_string(p.row) + "/" + p.column + " " + p.code + (p.params.empty() ? "" : " " + p.params.dump()) + "\n";
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(volunteer_import)

BOOST_AUTO_TEST_CASE(an_import_file_is_read_as_dutch_excel_writes_it) {
  const std::string csv = "\xEF\xBB\xBF" "code;Leeftijd;Geslacht;naam;telefoon\r\n" +
                          code_a + ";65+;vrouw;Sjoukje;0513 123456\r\n" + "abcd efgh jkmn ; 16-34 ;man;;\r\n";
  const auto file = read_volunteer_import(csv, quotas);
  BOOST_TEST(file.problems.total() == 0u);
  BOOST_TEST(encoding_name(file.encoding) == std::string("UTF-8"));
  BOOST_TEST_REQUIRE(file.volunteers.size() == 2u);
  BOOST_TEST(file.volunteers[0].row == 2);
  BOOST_TEST(file.volunteers[0].code == "K7QMX2PA9RTD");
  BOOST_TEST(file.volunteers[0].answers.at("Leeftijd") == "65+");
  BOOST_TEST(file.volunteers[0].contact.name == "Sjoukje");
  BOOST_TEST(file.volunteers[0].contact.phone == "0513 123456");
  BOOST_TEST(file.volunteers[1].code == "ABCDEFGHJKMN");
  BOOST_TEST(file.volunteers[1].answers.at("Leeftijd") == "16-34");
  BOOST_TEST(file.volunteers[1].contact.phone.empty());
}

BOOST_AUTO_TEST_CASE(windows_1252_capitals_and_columns_of_its_own_are_read_as_staff_mean_them) {
  // Saved by Dutch Excel as "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, no BOM.
  const std::string csv = "Code;LEEFTIJD;geslacht;Naam;E-mail;Opmerking;Telefoonnummer\r\n" + code_a +
                          ";65+;Vrouw;Sj\xF6kje de J\xFBng;s@fryslan.frl;belt na 17 uur;06-12345678\r\n" + code_b +
                          ";16-34;MAN;;;;\r\n";
  const auto file = read_volunteer_import(csv, quotas);
  BOOST_TEST(listed(file) == "");
  BOOST_TEST(encoding_name(file.encoding) == std::string("Windows-1252"));
  BOOST_TEST(file.ignored_columns == std::vector<std::string>{"Opmerking"}, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(file.volunteers.size() == 2u);
  BOOST_TEST(file.volunteers[0].answers.at("Geslacht") == "vrouw");  // stored as the quotas spell it
  BOOST_TEST(file.volunteers[1].answers.at("Geslacht") == "man");
  BOOST_TEST(file.volunteers[0].contact.name == "Sj\u00F6kje de J\u00FBng");
  BOOST_TEST(file.volunteers[0].contact.email == "s@fryslan.frl");
  BOOST_TEST(file.volunteers[0].contact.phone == "06-12345678");
  // Case-blind also beyond ASCII: a category whose values have accented capitals.
  const std::vector<QuotaCategory> areas = {category("Gebiet", {"\u00DAtein", "Binnen"})};
  const auto frisian = read_volunteer_import("code,gebiet\n" + code_c + ",\u00FAtein\n", areas);
  BOOST_TEST(listed(frisian) == "");
  BOOST_TEST_REQUIRE(frisian.volunteers.size() == 1u);
  BOOST_TEST(frisian.volunteers[0].answers.at("Gebiet") == "\u00DAtein");
}

BOOST_AUTO_TEST_CASE(row_problems_are_all_listed_with_codes_and_without_the_rows_contents) {
  const std::string csv = "code,Leeftijd,Geslacht,email\n" + code_a + ",65+,vrouw,a@b.nl\n" +  // row 2: fine
                          "K7QMX2PA9RTD,16-34,man,\n" +                                     // 3: same code as row 2
                          "NOTACODE,16-34,man,\n" +                                         // 4: malformed code
                          ",16-34,man,\n" +                                                 // 5: empty code
                          code_b + ",Oud,,geheim\n" +                                        // 6: three problems
                          code_c + ",16-34\n";                                              // 7: too few fields
  const auto file = read_volunteer_import(csv, quotas);
  BOOST_TEST(file.volunteers.size() == 1u);
  BOOST_TEST(listed(file) ==
             "3/code repeated_code {\"first_row\":2}\n"
             "4/code invalid_code\n"
             "5/code empty_code\n"
             "6/Leeftijd unknown_value {\"allowed\":[\"16-34\",\"35-64\",\"65+\"]}\n"
             "6/Geslacht empty_answer\n"
             "6/email invalid_email\n"
             "7/ field_count {\"expected\":4,\"fields\":2}\n");
  for (const auto& p : file.problems.first()) {
    for (const std::string secret : {"NOTACODE", "Oud", "geheim", "K7QM"}) {
      BOOST_TEST(p.message.find(secret) == std::string::npos, p.message);
      BOOST_TEST(p.params.dump().find(secret) == std::string::npos, p.params.dump());
    }
  }
  BOOST_TEST(file.problems.first()[0].message == "the code is also on row 2");
}

BOOST_AUTO_TEST_CASE(a_file_that_is_no_import_has_all_its_header_problems_in_one_report) {
  // No code column, no Geslacht column and the name twice: three problems at once, no row read.
  const auto header = read_volunteer_import("Leeftijd,Naam,name\n65+,Anna,Anna\nhoi\n", quotas);
  BOOST_TEST(header.volunteers.empty());
  BOOST_TEST(listed(header) ==
             "1/naam repeated_column {\"column\":\"naam\"}\n"
             "1/code missing_column {\"column\":\"code\"}\n"
             "1/Geslacht missing_column {\"column\":\"Geslacht\"}\n");
  BOOST_TEST(listed(read_volunteer_import("", quotas)) == "1/ empty_file\n");
  BOOST_TEST(listed(read_volunteer_import("\r\n\r\n", quotas)) == "1/ empty_file\n");
  BOOST_TEST(listed(read_volunteer_import("code,Leeftijd,Geslacht\n", quotas)) == "2/ no_rows\n");
  BOOST_CHECK_EXCEPTION(read_volunteer_import("code,Leeftijd,Geslacht\n\"K7QM,65+,man\n", quotas), Error,
                        [](const Error& e) { return e.code() == "csv_malformed"; });
}

BOOST_AUTO_TEST_CASE(the_template_opens_in_dutch_excel_and_is_read_back) {
  const auto blank = volunteer_import_template(quotas);
  BOOST_TEST(blank == "\xEF\xBB\xBF" "code;Leeftijd;Geslacht;naam;email;telefoon\r\n");
  const auto filled = read_volunteer_import(blank + code_a + ";35-64;man;Pieter;;\r\n", quotas);
  BOOST_TEST(listed(filled) == "");
  BOOST_TEST(filled.volunteers.size() == 1u);
  BOOST_TEST(filled.ignored_columns.empty());
}

BOOST_AUTO_TEST_SUITE_END()
