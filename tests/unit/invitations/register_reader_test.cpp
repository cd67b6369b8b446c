// The register upload's reader: the same rows and hash as `mienskip draw --register` reads from the
// same file, and every bad row named (row, column, what is wrong) without repeating its contents.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/invitations/invitation_draw.hpp"
#include "core/invitations/register_reader.hpp"

using namespace mienskip;

namespace {

struct Row {
  std::size_t position;
  long line;
  std::vector<std::string> fields;
};

struct Read {
  std::vector<Row> rows;
  std::string sha256;
  std::vector<RegisterProblem> problems;
  std::size_t problem_count = 0;
  std::vector<std::string> header;
};

// Feeds the text in pieces of `piece` bytes, as an upload arrives.
Read read(const std::string& text, std::size_t piece = 7, std::size_t limit = 100) {
  Read result;
  RegisterReader reader(
      "register.csv",
      [&](std::size_t position, long line, const std::vector<std::string>& fields) {
        result.rows.push_back({position, line, fields});
      },
      limit);
  for (std::size_t at = 0; at < text.size(); at += piece) reader.feed(std::string_view(text).substr(at, piece));
  reader.finish();
  result.sha256 = reader.sha256();
  result.problems = reader.problems().first();
  result.problem_count = reader.problems().total();
  result.header = reader.header();
  return result;
}

const std::string good =
    "\xEF\xBB\xBFid;voornaam;achternaam;postcode\r\n"
    " 1 ;Sjoerd;de Vries;8701 AB\r\n"
    "2;\"Áltsje\";\"Hoekstra; van\";8701AB\r\n"
    "\r\n"
    "3;Jan;\"Bakker\nBoer\";8702 CD\r\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(register_reader)

BOOST_AUTO_TEST_CASE(reads_rows_trimmed_with_positions_lines_and_the_draws_register_hash) {
  const auto result = read(good);
  BOOST_TEST(result.problem_count == 0u);
  BOOST_TEST(result.header == (std::vector<std::string>{"id", "voornaam", "achternaam", "postcode"}),
             boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(result.rows.size() == 3u);
  BOOST_TEST(result.rows[0].fields[0] == "1");  // trimmed, as the hash and the draw read it
  BOOST_TEST(result.rows[1].fields[2] == "Hoekstra; van");
  BOOST_TEST(result.rows[2].fields[2] == "Bakker\nBoer");
  BOOST_TEST(result.rows[2].position == 2u);  // the blank line is no record
  BOOST_TEST(result.rows[2].line == 5);
  // The commitment's register hash, computed by the CLI's code on the whole file.
  BOOST_TEST(result.sha256 == register_hash(parse_csv(good, "register.csv")));
  for (std::size_t piece : {std::size_t{1}, std::size_t{3}, good.size()}) BOOST_TEST(read(good, piece).sha256 == result.sha256);
}

BOOST_AUTO_TEST_CASE(a_register_saved_by_dutch_excel_in_windows_1252_reads_as_its_utf8_twin) {
  // "CSV (gescheiden door lijstscheidingsteken)" from Dutch Excel: Windows-1252, semicolons, no BOM.
  // Until row 3 it is ASCII; the first accented letter decides, and the rows before it stand.
  const std::string excel =
      "id;voornaam;achternaam;woonplaats\r\n"
      "1;Jan;de Vries;Bolsward\r\n"
      "2;Sj\xEB" "rd;B\xFAma;Sn\xEAk\r\n"
      "3;\x93" "Anna\x94;M\xFCller \x80;IJlst\r\n";
  const std::string utf8 =
      "id;voornaam;achternaam;woonplaats\r\n"
      "1;Jan;de Vries;Bolsward\r\n"
      "2;Sj\u00EBrd;B\u00FAma;Sn\u00EAk\r\n"
      "3;\u201CAnna\u201D;M\u00FCller \u20AC;IJlst\r\n";
  const auto read_excel = read(excel);
  const auto read_utf8 = read(utf8);
  BOOST_TEST(read_excel.problem_count == 0u);
  BOOST_TEST_REQUIRE(read_excel.rows.size() == 3u);
  BOOST_TEST(read_excel.rows[1].fields[1] == "Sj\u00EBrd");
  BOOST_TEST(read_excel.rows[2].fields[2] == "M\u00FCller \u20AC");
  // The same register whichever way it was saved: the commitment does not depend on the encoding.
  BOOST_TEST(read_excel.sha256 == read_utf8.sha256);
  BOOST_TEST(read_excel.sha256 == register_hash(parse_csv(excel, "register.csv")));
  for (std::size_t piece : {std::size_t{1}, std::size_t{5}}) BOOST_TEST(read(excel, piece).sha256 == read_utf8.sha256);
}

BOOST_AUTO_TEST_CASE(bad_rows_are_named_by_row_and_column_and_not_passed_on) {
  const std::string text =
      "id,naam,wijk\n"
      "1,Anna,Sn\u00EAk\n"         // UTF-8: the file is read as UTF-8
      "2,Bram\n"                   // row 3: a field short
      ",Cees,Zuid\n"               // row 4: no id
      "4,D\xE9" "sir\xE9" "e,Oost\n"  // row 5: a stray Latin-1 byte in a UTF-8 file
      "5,Eva,West,extra\n";        // row 6: a field too many
  const auto result = read(text);
  BOOST_TEST(result.rows.size() == 1u);
  BOOST_TEST_REQUIRE(result.problem_count == 4u);
  BOOST_TEST(result.problems[0].row == 3);
  BOOST_TEST(result.problems[0].column == "");
  BOOST_TEST(result.problems[0].message == "this line has 2 fields, the header has 3");
  BOOST_TEST(result.problems[0].code == "field_count");
  BOOST_TEST(result.problems[0].params.dump() == R"({"expected":3,"fields":2})");
  BOOST_TEST(result.problems[1].row == 4);
  BOOST_TEST(result.problems[1].column == "id");
  BOOST_TEST(result.problems[1].code == "empty_id");
  BOOST_TEST(result.problems[1].message == "the id is empty");
  BOOST_TEST(result.problems[2].row == 5);
  BOOST_TEST(result.problems[2].column == "naam");
  BOOST_TEST(result.problems[2].code == "not_text");
  BOOST_TEST(result.problems[2].params.dump() == R"({"encoding":"UTF-8"})");
  BOOST_TEST(result.problems[2].message.find("this is not UTF-8 text") == 0u);
  BOOST_TEST(result.problems[2].message.find("D") == std::string::npos);  // the contents are not repeated
  BOOST_TEST(result.problems[3].message == "this line has 4 fields, the header has 3");

  std::string with_nul = "id,naam\n1,Anna\n2,";
  with_nul += std::string("Fe\0o", 4) + "\n";
  const auto nul = read(with_nul);
  BOOST_TEST_REQUIRE(nul.problem_count == 1u);
  BOOST_TEST(nul.problems[0].row == 3);
  BOOST_TEST(nul.problems[0].column == "naam");
}

BOOST_AUTO_TEST_CASE(the_list_of_problems_is_capped_but_counts_them_all_and_merges_in_row_order) {
  std::string text = "id,naam\n";
  for (int i = 0; i < 250; ++i) text += i % 2 ? "x,y\n" : ",y\n";
  const auto result = read(text, 4096, 100);
  BOOST_TEST(result.problem_count == 125u);
  BOOST_TEST(result.problems.size() == 100u);
  BOOST_TEST(result.problems.back().row == 2 + 2 * 99);

  RegisterProblems problems(3);
  problems.add({5, "id", "empty_id", "the id is empty"});
  problems.add(field_count_problem(9, 1, 2));
  problems.merge({{2, "id", "repeated_id", "the id is also on row 1", {{"first_row", 1}}},
                  {7, "id", "repeated_id", "the id is also on row 1", {{"first_row", 1}}}},
                 40);
  BOOST_TEST(problems.total() == 42u);
  BOOST_TEST_REQUIRE(problems.first().size() == 3u);
  BOOST_TEST(problems.first()[0].row == 2);
  BOOST_TEST(problems.first()[1].row == 5);
  BOOST_TEST(problems.first()[2].row == 7);
}

BOOST_AUTO_TEST_CASE(files_that_are_no_register_are_one_problem_and_no_rows) {
  const auto refused = [](const std::string& text, const std::string& expected) {
    const auto result = read(text);
    BOOST_TEST(result.rows.empty());
    BOOST_TEST_REQUIRE(result.problem_count == 1u, text);
    const auto& problem = result.problems.front();
    BOOST_TEST(std::to_string(problem.row) + " " + problem.code + " " + problem.params.dump() == expected);
  };
  refused("", "1 empty_file {}");
  refused("\n\n", "1 empty_file {}");
  refused("naam,wijk\nAnna,Noord\n,\n", "1 missing_column {\"column\":\"id\"}");
  refused("id,naam\n", "2 no_rows {}");
  refused(std::string("id,n\0m\n1,2\n", 11), "1 not_text {\"encoding\":\"UTF-8\"}");
  const ErrorParams unclosed = {{"reason", "unclosed_quote"}, {"row", "2"}};
  BOOST_CHECK_EXCEPTION(read("id,naam\n1,\"Anna\n"), Error,
                        [&](const Error& e) { return e.code() == "csv_malformed" && e.params() == unclosed; });
  BOOST_CHECK_EXCEPTION(read(std::string(2 << 20, 'a')), Error, [](const Error& e) {
    return e.code() == "csv_malformed" && std::string(e.what()).find("the first line is longer than") != std::string::npos;
  });
}

BOOST_AUTO_TEST_SUITE_END()
