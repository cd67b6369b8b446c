// Query options are read strictly (web/http/query_options): a misspelt or repeated option is refused.
#include "web/http/query_options.hpp"

#include <boost/test/unit_test.hpp>

#include "core/base/error.hpp"

using namespace mienskip;
using web::QueryOptions;

namespace {

web::Request with_query(std::initializer_list<std::pair<const std::string, std::string>> query) {
  web::Request request;
  request.query = query;
  return request;
}

auto refused(const std::string& message) {
  return [=](const Error& e) {
    BOOST_TEST_INFO(e.what());
    return e.code() == "invalid_option" && std::string(e.what()) == message;
  };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(query_options)

BOOST_AUTO_TEST_CASE(known_options_are_read_and_numbers_checked) {
  const QueryOptions options(with_query({{"q", "wind"}, {"limit", "20"}}), {"q", "limit", "offset"});
  BOOST_TEST(options.text("q").value() == "wind");
  BOOST_TEST(!options.text("offset").has_value());
  BOOST_TEST(options.whole_number("limit", 50, 1, 200) == 20);
  BOOST_TEST(options.whole_number("offset", 7, 0, 100) == 7);
  for (const char* bad : {"0", "201", "", "2x", "-1", "1.5", "99999999999999999999"}) {
    const QueryOptions one(with_query({{"limit", bad}}), {"limit"});
    BOOST_CHECK_EXCEPTION(one.whole_number("limit", 50, 1, 200), Error,
                          refused("limit must be a whole number from 1 to 200, not '" + std::string(bad) + "'"));
  }
}

BOOST_AUTO_TEST_CASE(unknown_and_repeated_options_are_refused) {
  BOOST_CHECK_EXCEPTION(QueryOptions(with_query({{"variabels", "age"}}), {"variables", "bounds", "by"}), Error,
                        refused("'variabels' is not an option here (it takes variables, bounds, by)"));
  BOOST_CHECK_EXCEPTION(QueryOptions(with_query({{"by", "age"}, {"by", "area"}}), {"by"}), Error,
                        refused("'by' is given twice"));
  BOOST_CHECK_EXCEPTION(QueryOptions(with_query({{"x", ""}}), {}), Error,
                        refused("'x' is not an option here: this address takes none"));
}

BOOST_AUTO_TEST_SUITE_END()
