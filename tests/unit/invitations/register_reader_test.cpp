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

BOOST_AUTO_TEST_CASE(bad_rows_are_named_by_row_and_column_and_not_passed_on) {
  const std::string text =
      "id,naam,wijk\n"
      "1,Anna,Noord\n"
      "2,Bram\n"                   // row 3: a field short
      ",Cees,Zuid\n"               // row 4: no id
      "4,D\xE9" "sir\xE9" "e,Oost\n"  // row 5: Latin-1, not UTF-8
      "5,Eva,West,extra\n";        // row 6: a field too many
  const auto result = read(text);
  BOOST_TEST(result.rows.size() == 1u);
  BOOST_TEST_REQUIRE(result.problem_count == 4u);
  BOOST_TEST(result.problems[0].row == 3);
  BOOST_TEST(result.problems[0].column == "");
  BOOST_TEST(result.problems[0].message == "this line has 2 fields, the header has 3");
  BOOST_TEST(result.problems[1].row == 4);
  BOOST_TEST(result.problems[1].column == "id");
  BOOST_TEST(result.problems[1].message == "the id is empty");
  BOOST_TEST(result.problems[2].row == 5);
  BOOST_TEST(result.problems[2].column == "naam");
  BOOST_TEST(result.problems[2].message.find("not UTF-8") == 0u);
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
  problems.add({5, "id", "the id is empty"});
  problems.add({9, "", "this line has 1 fields, the header has 2"});
  problems.merge({{2, "id", "the id is also on row 1"}, {7, "id", "the id is also on row 1"}}, 40);
  BOOST_TEST(problems.total() == 42u);
  BOOST_TEST_REQUIRE(problems.first().size() == 3u);
  BOOST_TEST(problems.first()[0].row == 2);
  BOOST_TEST(problems.first()[1].row == 5);
  BOOST_TEST(problems.first()[2].row == 7);
}

BOOST_AUTO_TEST_CASE(files_that_are_no_register_are_refused_whole) {
  const auto refused = [](const std::string& text, const std::string& code, const std::string& message) {
    BOOST_CHECK_EXCEPTION(read(text), Error, [&](const Error& e) {
      BOOST_TEST_INFO(e.what());
      return e.code() == code && std::string(e.what()).find(message) != std::string::npos;
    });
  };
  refused("", "invalid_register", "the register is empty");
  refused("\n\n", "invalid_register", "the register is empty");
  refused("naam,wijk\nAnna,Noord\n", "invalid_register", "the register has no column 'id'");
  refused("id,naam\n", "invalid_register", "a header but no residents");
  refused("id,n\xE9\n1,2\n", "invalid_register", "the header is not UTF-8 text");
  refused("id,naam\n1,\"Anna\n", "csv_malformed", "a quoted field is not closed");
  refused(std::string(2 << 20, 'a'), "csv_malformed", "the first line is longer than");
}

BOOST_AUTO_TEST_SUITE_END()
