// Windows-1252, as Dutch Excel saves CSV: the table against glibc's iconv for every byte, and the
// rule that decides a file's encoding from its first text beyond ASCII.
#include <boost/test/unit_test.hpp>
#include <iconv.h>

#include <string>

#include "core/base/csv.hpp"
#include "core/base/text_encoding.hpp"
#include "core/base/utf8.hpp"

using namespace mienskip;

namespace {

// glibc's reading of one Windows-1252 byte, or nullopt where it defines no character.
std::optional<std::string> iconv_1252(unsigned char byte) {
  const iconv_t converter = iconv_open("UTF-8", "WINDOWS-1252");
  BOOST_TEST_REQUIRE(converter != reinterpret_cast<iconv_t>(-1));
  char in[1] = {static_cast<char>(byte)};
  char out[8] = {};
  char* in_at = in;
  char* out_at = out;
  std::size_t in_left = 1, out_left = sizeof out;
  const auto done = iconv(converter, &in_at, &in_left, &out_at, &out_left);
  iconv_close(converter);
  if (done == static_cast<std::size_t>(-1)) return std::nullopt;
  return std::string(out, out_at);
}

std::string decoded(TextDecoder& decoder, std::string field) {
  decoder.decode(field);
  return field;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(text_encoding)

BOOST_AUTO_TEST_CASE(every_byte_reads_as_glibc_reads_windows_1252) {
  for (int byte = 1; byte < 256; ++byte) {
    const auto ours = windows_1252_to_utf8(std::string(1, static_cast<char>(byte)));
    const auto theirs = iconv_1252(static_cast<unsigned char>(byte));
    BOOST_TEST(ours.has_value() == theirs.has_value(), "byte " << byte);
    if (ours && theirs) BOOST_TEST(*ours == *theirs, "byte " << byte);
  }
  BOOST_TEST(!windows_1252_to_utf8(std::string("a\0b", 3)).has_value());  // PostgreSQL cannot store a NUL
  BOOST_TEST(*windows_1252_to_utf8("Sn\xEAk \x80 5,\x93" "d\x94") == "Sn\u00EAk \u20AC 5,\u201Cd\u201D");
}

BOOST_AUTO_TEST_CASE(the_first_field_beyond_ascii_decides_the_files_encoding) {
  TextDecoder excel;
  BOOST_TEST(decoded(excel, "Bolsward") == "Bolsward");
  BOOST_TEST(encoding_name(excel.encoding()) == std::string("UTF-8"));  // nothing decided by ASCII
  BOOST_TEST(decoded(excel, "Sn\xEAk") == "Sn\u00EAk");
  BOOST_TEST(encoding_name(excel.encoding()) == std::string("Windows-1252"));
  // From then on every field is Windows-1252, also one that happens to be valid UTF-8.
  BOOST_TEST(decoded(excel, "\xC3\xA9") == "\u00C3\u00A9");
  BOOST_TEST(decoded(excel, "x\x81y") == "x\x81y");  // undefined in Windows-1252: left for the caller to refuse

  TextDecoder utf8;
  BOOST_TEST(decoded(utf8, "Sn\u00EAk") == "Sn\u00EAk");
  BOOST_TEST(decoded(utf8, "D\xE9sir\xE9" "e") == "D\xE9sir\xE9" "e");  // a stray byte: refused by the caller
  BOOST_TEST(!utf8_length(decoded(utf8, "D\xE9sir\xE9" "e")).has_value());
  BOOST_TEST(encoding_name(utf8.encoding()) == std::string("UTF-8"));

  TextDecoder marked;
  marked.byte_order_mark();
  BOOST_TEST(decoded(marked, "D\xE9") == "D\xE9");
}

BOOST_AUTO_TEST_CASE(a_csv_file_says_how_it_was_written_and_gives_utf8_fields) {
  const auto excel = parse_csv("gemeente;inwoners\r\nS\xFA" "dwest-Frysl\xE2n;90000\r\n", "margins.csv");
  BOOST_TEST(encoding_name(excel.encoding) == std::string("Windows-1252"));
  BOOST_TEST(excel.rows.at(0).at(0) == "S\u00FAdwest-Frysl\u00E2n");
  const auto marked = parse_csv("\xEF\xBB\xBFgemeente\r\nSneek\r\n", "margins.csv");
  BOOST_TEST(encoding_name(marked.encoding) == std::string("UTF-8"));
}

BOOST_AUTO_TEST_CASE(case_folding_makes_dutch_and_frisian_capitals_small) {
  BOOST_TEST(fold_case("MAN") == "man");
  BOOST_TEST(fold_case("\u00DAtein \u00C2LDERS") == "\u00FAtein \u00E2lders");
  BOOST_TEST(fold_case("5 \u00D7 3") == "5 \u00D7 3");  // the multiplication sign has no small form
  BOOST_TEST(fold_case("\u0152") == "\u0152");  // beyond Latin-1: as it is
}

BOOST_AUTO_TEST_SUITE_END()
