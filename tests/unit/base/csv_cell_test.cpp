// Cells of the CSV files the program writes, neutralised against spreadsheet formulas (core/base/csv_cell).
#include "core/base/csv_cell.hpp"

#include <boost/test/unit_test.hpp>

#include "core/base/csv.hpp"
#include "core/invitations/invitation_receipt.hpp"
#include "core/invitations/invitation_code.hpp"
#include "core/weighting/weighting.hpp"
#include "core/weighting/weighting_report.hpp"
#include <string>
#include <vector>

using namespace mienskip;

BOOST_AUTO_TEST_SUITE(csv_cell_neutralising)

BOOST_AUTO_TEST_CASE(each_formula_character_gets_an_apostrophe) {
  BOOST_TEST(csv_cell("=HYPERLINK(\"http://evil\",\"click\")") == "'=HYPERLINK(\"http://evil\",\"click\")");
  BOOST_TEST(csv_cell("+31 6 1234") == "'+31 6 1234");
  BOOST_TEST(csv_cell("-5 punten") == "'-5 punten");
  BOOST_TEST(csv_cell("@SUM(1)") == "'@SUM(1)");
  BOOST_TEST(csv_cell("\t=1") == "'\t=1");
  BOOST_TEST(csv_cell("\tgewoon") == "'\tgewoon");
  BOOST_TEST(csv_cell("\rgewoon") == "'\rgewoon");
  for (const char* text : {"=", "+", "-", "@", "\t", "\r"}) {
    BOOST_TEST(looks_like_formula(text), text);
    BOOST_TEST(csv_cell(text) == "'" + std::string(text));
  }
}

BOOST_AUTO_TEST_CASE(white_space_before_a_formula_character_does_not_hide_it) {
  BOOST_TEST(csv_cell("  =1+1") == "'  =1+1");
  BOOST_TEST(csv_cell(" @SUM(1)") == "' @SUM(1)");
  BOOST_TEST(csv_cell("\n-2") == "'\n-2");
  BOOST_TEST(csv_cell(" \x0b\x0c+3") == "' \x0b\x0c+3");
  BOOST_TEST(csv_cell("   ") == "   ");  // only spaces: nothing to run
  BOOST_TEST(csv_cell(" a=b") == " a=b");
}

BOOST_AUTO_TEST_CASE(plain_text_and_an_empty_cell_stay_as_they_are) {
  BOOST_TEST(csv_cell("") == "");
  BOOST_TEST(csv_cell("Dan weet je waar je aan toe bent.") == "Dan weet je waar je aan toe bent.");
  BOOST_TEST(csv_cell("1 + 1 = 2") == "1 + 1 = 2");
  BOOST_TEST(csv_cell("65+") == "65+");
  BOOST_TEST(csv_cell("jan@example.org") == "jan@example.org");
  BOOST_TEST(csv_cell("'s avonds") == "'s avonds");  // a Dutch text that starts with an apostrophe
  BOOST_TEST(!looks_like_formula(""));
  BOOST_TEST(!needs_csv_apostrophe("'t kin"));
}

BOOST_AUTO_TEST_CASE(numbers_the_program_wrote_stay_numbers) {
  BOOST_TEST(csv_cell("-0.5", CellKind::number) == "-0.5");
  BOOST_TEST(csv_cell("-0,5", CellKind::number) == "-0,5");  // Dutch Excel's decimal comma
  BOOST_TEST(csv_cell("-1.5e-07", CellKind::number) == "-1.5e-07");
  BOOST_TEST(csv_cell("17", CellKind::number) == "17");
  BOOST_TEST(csv_cell("", CellKind::number) == "");
  // The same characters as text (a resident typed them) are neutralised.
  BOOST_TEST(csv_cell("-0.5") == "'-0.5");
  // A cell marked as a number that is not one is treated as text.
  BOOST_TEST(csv_cell("-1+cmd|' /C calc'!A0", CellKind::number) == "'-1+cmd|' /C calc'!A0");
  BOOST_TEST(csv_cell("-", CellKind::number) == "'-");
  BOOST_TEST(csv_cell("-inf", CellKind::number) == "'-inf");
}

BOOST_AUTO_TEST_CASE(an_apostrophe_before_a_formula_gets_one_more_so_that_one_comes_off_exactly) {
  BOOST_TEST(csv_cell("'=1") == "''=1");
  BOOST_TEST(csv_cell("'' -1") == "''' -1");
  BOOST_TEST(without_csv_apostrophe("'=1") == "=1");
  BOOST_TEST(without_csv_apostrophe("'s avonds") == "'s avonds");
  BOOST_TEST(without_csv_apostrophe("'") == "'");
  const std::vector<std::string> texts = {"",    "=1",   "'=1",  "''=1", "'",         "''",       "'s avonds",
                                          " -2", "' -2", "\t",   "'\t",  "\r\n@x",    "gewoon",   "-0.5",
                                          "@",   "'@",   "'a=",  " '=1", "'' \x0c+1", "'\x0b-\t"};
  for (const auto& text : texts) {
    BOOST_TEST(std::string(without_csv_apostrophe(csv_cell(text))) == text, text);
  }
}

BOOST_AUTO_TEST_CASE(append_writes_the_cell_as_a_quoted_field) {
  std::string out = "a,";
  append_csv_cell(out, "=1,2");
  BOOST_TEST(out == "a,\"'=1,2\"");
  out.clear();
  append_csv_cell(out, "@x;y", CellKind::text, ';');
  BOOST_TEST(out == "\"'@x;y\"");
  out.clear();
  append_csv_cell(out, "-2.5", CellKind::number);
  BOOST_TEST(out == "-2.5");
}

// The other files the program writes follow the same rule: the mail-merge file of a forum's draw
// (register fields are text from outside), the weights of `mienskip weigh --weights-csv`, the codes.
BOOST_AUTO_TEST_CASE(every_csv_writer_neutralises_its_text_cells) {
  const std::vector<std::string> codes = {"K7QM-X2PA-9RTD"};
  const MailMerge mail_merge{codes, std::string(64, 'a') + "@12"};
  const auto merge_file = mail_merge_csv({"id", "=naam", "geboortejaar"}, {{"1", " @SUM(1) ", "-1980"}}, {"-dorp"}, mail_merge);
  // For Dutch Excel and Word: a byte order mark, semicolons, CRLF.
  BOOST_TEST(merge_file.rfind("\xEF\xBB\xBFid;'=naam;geboortejaar;stratum;volgnummer;code;logboekkop\r\n1;", 0) == 0u, merge_file);
  const auto invitations = parse_csv(
      mail_merge_csv({"id", "=naam", "geboortejaar"}, {{"1", " @SUM(1) ", "-1980"}}, {"-dorp"}, mail_merge), "i.csv");
  BOOST_TEST(invitations.header ==
                 (std::vector<std::string>{"id", "'=naam", "geboortejaar", "stratum", "volgnummer", "code", "logboekkop"}),
             boost::test_tools::per_element());
  BOOST_TEST(invitations.rows.at(0) == (std::vector<std::string>{"1", "'@SUM(1)", "'-1980", "'-dorp", "1", "K7QM-X2PA-9RTD",
                                                                 std::string(64, 'a') + "@12"}),
             boost::test_tools::per_element());

  WeighingResult result;
  result.sample.ids = {"=cmd", "r-2"};
  result.weights = {-0.5, 1.5};  // never negative in practice; a number stays a number all the same
  BOOST_TEST(weights_csv(result) == "id,weight\n'=cmd,-0.5\nr-2,1.5\n");

  BOOST_TEST(invitation_codes_csv(codes) == "code\nK7QM-X2PA-9RTD\n");
}

BOOST_AUTO_TEST_SUITE_END()
