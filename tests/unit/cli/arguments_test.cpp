#include <boost/test/unit_test.hpp>

#include "cli/arguments.hpp"
#include "core/base/error.hpp"

using mienskip::cli::parse_arguments;

BOOST_AUTO_TEST_SUITE(arguments)

BOOST_AUTO_TEST_CASE(reads_options_in_both_spellings_switches_and_positionals) {
  const auto args = parse_arguments({"--port", "9000", "--bind=0.0.0.0", "--status", "extra"},
                                    {"port", "bind"}, {"status"});
  BOOST_TEST(args.option("port").value() == "9000");
  BOOST_TEST(args.option("bind").value() == "0.0.0.0");
  BOOST_TEST(args.has("status"));
  BOOST_TEST(!args.option("threads").has_value());
  BOOST_TEST(args.positional == std::vector<std::string>{"extra"});
}

BOOST_AUTO_TEST_CASE(an_empty_value_after_equals_is_kept) {
  const auto args = parse_arguments({"--bind="}, {"bind"});
  BOOST_TEST(args.option("bind").value() == "");
}

BOOST_AUTO_TEST_CASE(unknown_options_and_missing_values_are_usage_errors) {
  auto usage = [](const mienskip::Error& e) { return e.code() == "usage"; };
  BOOST_CHECK_EXCEPTION(parse_arguments({"--prot", "9000"}, {"port"}), mienskip::Error, usage);
  BOOST_CHECK_EXCEPTION(parse_arguments({"--port"}, {"port"}), mienskip::Error, usage);
  BOOST_CHECK_EXCEPTION(parse_arguments({"--status=yes"}, {}, {"status"}), mienskip::Error, usage);
}

BOOST_AUTO_TEST_SUITE_END()
