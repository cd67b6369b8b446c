#include <boost/test/unit_test.hpp>

#include "core/csv.hpp"
#include "core/error.hpp"

using mienskip::parse_csv;

BOOST_AUTO_TEST_SUITE(csv)

BOOST_AUTO_TEST_CASE(reads_quoted_fields_with_separators_quotes_and_newlines) {
  const auto table = parse_csv("id,name,remark\n1,\"Hoekstra, J.\",\"zei \"\"ja\"\"\"\n2,Bakker,\"twee\nregels\"\n", "r.csv");
  BOOST_TEST(table.header == (std::vector<std::string>{"id", "name", "remark"}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(table.rows.size() == 2u);
  BOOST_TEST(table.rows[0][1] == "Hoekstra, J.");
  BOOST_TEST(table.rows[0][2] == "zei \"ja\"");
  BOOST_TEST(table.rows[1][2] == "twee\nregels");
  BOOST_TEST(table.row_lines[1] == 3);
  BOOST_TEST(table.column("remark") == 2);
  BOOST_TEST(table.column("missing") == -1);
}

BOOST_AUTO_TEST_CASE(accepts_dutch_excel_exports_with_bom_semicolons_and_crlf) {
  const auto table = parse_csv("\xEF\xBB\xBFid;leeftijd\r\n1;18-24\r\n\r\n2;75+\r\n", "excel.csv");
  BOOST_TEST(table.header[0] == "id");
  BOOST_TEST_REQUIRE(table.rows.size() == 2u);
  BOOST_TEST(table.rows[1][1] == "75+");
  BOOST_TEST(table.row_lines[1] == 4);
}

BOOST_AUTO_TEST_CASE(the_last_line_needs_no_newline) {
  const auto table = parse_csv("a,b\n1,2", "f.csv");
  BOOST_TEST_REQUIRE(table.rows.size() == 1u);
  BOOST_TEST(table.rows[0][1] == "2");
}

BOOST_AUTO_TEST_CASE(malformed_files_name_the_line) {
  BOOST_CHECK_EXCEPTION(parse_csv("a,b\n1,2\n3\n", "f.csv"), mienskip::Error, [](const mienskip::Error& e) {
    return e.code() == "csv_malformed" && e.where().row == 3 && std::string(e.what()).find("f.csv, row 3") == 0;
  });
  BOOST_CHECK_EXCEPTION(parse_csv("a,b\n1,\"open\n", "f.csv"), mienskip::Error,
                        [](const mienskip::Error& e) { return e.code() == "csv_malformed" && e.where().row == 2; });
  BOOST_CHECK_EXCEPTION(parse_csv("", "empty.csv"), mienskip::Error,
                        [](const mienskip::Error& e) { return e.code() == "csv_malformed"; });
}

BOOST_AUTO_TEST_CASE(writes_a_field_quoted_only_when_its_separator_quote_or_line_break_needs_it) {
  using mienskip::csv_field;
  BOOST_TEST(csv_field("Sneek") == "Sneek");
  BOOST_TEST(csv_field("Hoekstra, J.") == "\"Hoekstra, J.\"");
  BOOST_TEST(csv_field("zei \"ja\"") == "\"zei \"\"ja\"\"\"");
  BOOST_TEST(csv_field("twee\nregels") == "\"twee\nregels\"");
  BOOST_TEST(csv_field("a;b") == "a;b");
  // With `;` between fields (Dutch Excel) a semicolon needs quotes and a comma does not.
  BOOST_TEST(csv_field("a;b", ';') == "\"a;b\"");
  BOOST_TEST(csv_field("1,25", ';') == "1,25");
  BOOST_TEST(csv_field("twee\r\nregels", ';') == "\"twee\r\nregels\"");
}

BOOST_AUTO_TEST_SUITE_END()
