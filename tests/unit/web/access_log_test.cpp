// The access log's fields (web/http/access_log): whatever a client puts in a path, a request is one line.
#include "web/http/access_log.hpp"

#include <boost/test/unit_test.hpp>
#include <sstream>
#include <string>

using mienskip::web::AccessLog;
using mienskip::web::log_field;

BOOST_AUTO_TEST_SUITE(access_log)

BOOST_AUTO_TEST_CASE(control_characters_backslash_and_space_are_escaped) {
  BOOST_TEST(log_field("/nope\nfake line") == "/nope\\x0Afake\\x20line");
  BOOST_TEST(log_field("/a\rb") == "/a\\x0Db");
  BOOST_TEST(log_field("/\x1b[31mred") == "/\\x1B[31mred");
  BOOST_TEST(log_field(std::string("/nul\0after", 10)) == "/nul\\x00after");
  BOOST_TEST(log_field("/del\x7f") == "/del\\x7F");
  BOOST_TEST(log_field("/tab\there") == "/tab\\x09here");
  // A backslash is escaped too, so that a path cannot forge an escape: \x0A typed is not a newline.
  BOOST_TEST(log_field("/a\\x0Ab") == "/a\\x5Cx0Ab");
  // Quotes, so that a tool that quotes fields reads the same fields.
  BOOST_TEST(log_field("/a\"b'c") == "/a\\x22b\\x27c");
}

BOOST_AUTO_TEST_CASE(bytes_that_are_not_printable_utf8_are_escaped) {
  BOOST_TEST(log_field("/\xFF\xC3") == "/\\xFF\\xC3");                    // not UTF-8, cut short
  BOOST_TEST(log_field("/\xC0\xAF") == "/\\xC0\\xAF");                    // an overlong '/'
  BOOST_TEST(log_field("/\xED\xA0\x80") == "/\\xED\\xA0\\x80");          // a surrogate
  BOOST_TEST(log_field("/\xC2\x9B" "31m") == "/\\xC2\\x9B" "31m");        // C1 CSI: drives terminals
  BOOST_TEST(log_field("/a\xE2\x80\xA8" "b") == "/a\\xE2\\x80\\xA8" "b");  // U+2028, a line separator
  BOOST_TEST(log_field("/\xF0\x9F\x98\x80") == "/\xF0\x9F\x98\x80");     // an emoji stays
}

BOOST_AUTO_TEST_CASE(ordinary_paths_and_utf8_stay_as_they_are) {
  BOOST_TEST(log_field("/s/energie/antwoord") == "/s/energie/antwoord");
  BOOST_TEST(log_field("/s/m\xC3\xBBne") == "/s/m\xC3\xBBne");
  BOOST_TEST(log_field("") == "");
}

BOOST_AUTO_TEST_CASE(long_paths_are_cut_with_a_marker_and_never_inside_an_escape) {
  const std::string long_path = "/" + std::string(2000, 'a');
  const auto logged = log_field(long_path);
  BOOST_TEST(logged == "/" + std::string(511, 'a') + "...[cut,2001B]");
  BOOST_TEST(log_field(std::string(600, '\n')).size() <= 512u + 16u);
  BOOST_TEST(log_field(std::string(600, '\n')) == [] {
    std::string expected;
    for (int i = 0; i < 128; ++i) expected += "\\x0A";
    return expected + "...[cut,600B]";
  }());
  // Exactly at the limit: nothing cut.
  BOOST_TEST(log_field(std::string(512, 'b')) == std::string(512, 'b'));
  BOOST_TEST(log_field("abcdef", 4) == "abcd...[cut,6B]");
}

BOOST_AUTO_TEST_CASE(a_record_is_one_line_whatever_the_path_and_method) {
  std::ostringstream out;
  AccessLog log(out);
  log.record("req-1", "GET\nX", "/nope\nfake line\r\n2026-12-05T10:00:00Z req-2 GET / 200", 404, 10,
             std::chrono::microseconds(1500));
  const std::string line = out.str();
  BOOST_TEST(line.find('\n') == line.size() - 1, line);
  BOOST_TEST(line.find('\r') == std::string::npos, line);
  BOOST_TEST(line.find(" req-1 GET\\x0AX /nope\\x0Afake\\x20line\\x0D\\x0A2026") != std::string::npos, line);
  BOOST_TEST(line.find(" 404 10B 1.5ms\n") != std::string::npos, line);
}

BOOST_AUTO_TEST_SUITE_END()
