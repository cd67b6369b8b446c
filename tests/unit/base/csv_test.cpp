#include <boost/test/unit_test.hpp>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"

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

BOOST_AUTO_TEST_CASE(quotes_open_only_at_the_start_of_a_field_and_text_after_them_is_kept) {
  const auto table = parse_csv("a,b,c\n  \"x,y\" ,\"p\"\"q\"r,h\"i\n", "f.csv");
  BOOST_TEST_REQUIRE(table.rows.size() == 1u);
  BOOST_TEST(table.rows[0][0] == "x,y ");  // spaces before the quote dropped, after it kept
  BOOST_TEST(table.rows[0][1] == "p\"qr");
  BOOST_TEST(table.rows[0][2] == "h\"i");  // a quote inside a field is text
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

// The streaming reader must agree with parse_csv wherever the text is cut: inside a field, a
// doubled quote, a CRLF or the byte order mark.
BOOST_AUTO_TEST_CASE(reading_in_pieces_gives_what_parse_csv_gives_wherever_the_text_is_cut) {
  const std::vector<std::string> texts = {
      "id,name,remark\n1,\"Hoekstra, J.\",\"zei \"\"ja\"\"\"\n2,Bakker,\"twee\nregels\"\n",
      "\xEF\xBB\xBFid;leeftijd\r\n1;18-24\r\n\r\n2;\"75+\"\r\n",
      "a,b\n1,\"x\"\"\"\n\n  \"q\" ,2\n3,\"\"",
      "a,b\n1,2"};
  for (const auto& text : texts) {
    const auto whole = parse_csv(text, "f.csv");
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
      for (std::size_t piece : {std::size_t{1}, std::size_t{2}, text.size()}) {
        std::vector<std::vector<std::string>> records;
        std::vector<long> lines;
        mienskip::CsvReader reader("f.csv", [&](std::vector<std::string>& fields, long line) {
          records.push_back(fields);
          lines.push_back(line);
        });
        reader.feed(std::string_view(text).substr(0, cut));
        for (std::size_t at = cut; at < text.size(); at += piece) reader.feed(std::string_view(text).substr(at, piece));
        reader.finish();
        BOOST_TEST_REQUIRE(records.size() == whole.rows.size() + 1, "cut " << cut << " piece " << piece);
        for (std::size_t r = 0; r < whole.rows.size(); ++r) {
          BOOST_TEST(records[r + 1] == whole.rows[r], boost::test_tools::per_element());
          BOOST_TEST(lines[r + 1] == whole.row_lines[r]);
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(the_reader_leaves_short_records_to_its_caller_and_bounds_the_first_line) {
  std::vector<std::size_t> sizes;
  mienskip::CsvReader reader("f.csv", [&](std::vector<std::string>& fields, long) { sizes.push_back(fields.size()); });
  reader.feed("a,b,c\n1\n1,2,3,4\n");
  reader.finish();
  BOOST_TEST(sizes == (std::vector<std::size_t>{3, 1, 4}), boost::test_tools::per_element());

  // The first line is held until it ends (it decides the separator), up to the bound.
  std::size_t records = 0;
  mienskip::CsvReader short_enough("f.csv", [&](std::vector<std::string>&, long) { ++records; }, 10);
  short_enough.feed("id,name");
  short_enough.feed("\n1,Anna Hoekstra van der Meer\n");
  short_enough.finish();
  BOOST_TEST(records == 2u);
  mienskip::CsvReader bounded("f.csv", [](std::vector<std::string>&, long) {}, 10);
  bounded.feed("id,name,");
  BOOST_CHECK_EXCEPTION(bounded.feed("address"), mienskip::Error,
                        [](const mienskip::Error& e) { return e.code() == "csv_malformed" && e.where().row == 1; });
  mienskip::CsvReader open_quote("f.csv", [](std::vector<std::string>&, long) {});
  open_quote.feed("a\n\"b");
  BOOST_CHECK_EXCEPTION(open_quote.finish(), mienskip::Error,
                        [](const mienskip::Error& e) { return e.code() == "csv_malformed" && e.where().row == 2; });
}

BOOST_AUTO_TEST_SUITE_END()
