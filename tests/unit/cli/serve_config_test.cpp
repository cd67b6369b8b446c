#include <boost/test/unit_test.hpp>
#include <map>

#include "cli/serve_config.hpp"
#include "core/base/error.hpp"

using namespace mienskip::cli;

namespace {

const std::string secret = "0123456789abcdef0123456789abcdef";

Environment env(std::map<std::string, std::string> values) {
  return [values](const std::string& name) -> std::optional<std::string> {
    const auto found = values.find(name);
    if (found == values.end()) return std::nullopt;
    return found->second;
  };
}

ServeConfig config(const std::vector<std::string>& flags, std::map<std::string, std::string> vars) {
  return serve_config(parse_arguments(flags, serve_options()), env(std::move(vars)));
}

bool says(const mienskip::Error& e, const std::string& part) {
  return e.code() == "invalid_configuration" && std::string(e.what()).find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_configuration)

BOOST_AUTO_TEST_CASE(defaults_are_safe_for_a_local_run) {
  const auto c = config({}, {{"DATABASE_URL", "dbname=x"}, {"MIENSKIP_SECRET", secret}});
  BOOST_TEST(c.server.port == 8080);
  BOOST_TEST(c.server.bind_address == "127.0.0.1");
  BOOST_TEST(c.server.max_body_bytes == 1024u * 1024u);
  BOOST_TEST(c.server.max_upload_bytes == 200u * 1024u * 1024u);
  BOOST_TEST(c.server.upload_timeout.count() == 600000);
  BOOST_TEST(c.server.request_timeout.count() == 10000);
  BOOST_TEST(c.database_pool_size == c.server.threads);
  BOOST_TEST(c.database_url == "dbname=x");
  BOOST_TEST(c.secret == secret);
  BOOST_TEST(c.chromium == "/usr/bin/chromium");
}

BOOST_AUTO_TEST_CASE(the_chromium_for_pdfs_comes_from_the_flag_or_the_environment) {
  const std::map<std::string, std::string> base{{"DATABASE_URL", "x"}, {"MIENSKIP_SECRET", secret}};
  auto with_variable = base;
  with_variable["MIENSKIP_CHROMIUM"] = "/opt/chromium/chrome";
  BOOST_TEST(config({}, with_variable).chromium == "/opt/chromium/chrome");
  BOOST_TEST(config({"--chromium", "/usr/lib/chromium/chromium"}, with_variable).chromium == "/usr/lib/chromium/chromium");
  with_variable["MIENSKIP_CHROMIUM"] = "";
  BOOST_CHECK_EXCEPTION(config({}, with_variable), mienskip::Error,
                        [](const mienskip::Error& e) { return says(e, "MIENSKIP_CHROMIUM is empty"); });
}

BOOST_AUTO_TEST_CASE(flags_win_over_the_environment) {
  const auto c = config({"--port", "9001", "--database-url", "dbname=flag", "--request-timeout",
                         "0.5", "--threads", "4"},
                        {{"MIENSKIP_PORT", "9002"},
                         {"DATABASE_URL", "dbname=env"},
                         {"MIENSKIP_SECRET", secret},
                         {"MIENSKIP_MAX_BODY_BYTES", "2048"}});
  BOOST_TEST(c.server.port == 9001);
  BOOST_TEST(c.database_url == "dbname=flag");
  BOOST_TEST(c.server.request_timeout.count() == 500);
  BOOST_TEST(c.server.threads == 4u);
  BOOST_TEST(c.database_pool_size == 4u);
  BOOST_TEST(c.server.max_body_bytes == 2048u);
}

BOOST_AUTO_TEST_CASE(the_templates_directory_defaults_to_the_source_tree_and_can_be_set) {
  const std::map<std::string, std::string> base{{"DATABASE_URL", "x"}, {"MIENSKIP_SECRET", secret}};
  BOOST_TEST(config({}, base).templates_dir == MIENSKIP_DEFAULT_TEMPLATES_DIR);
  BOOST_TEST(std::string(MIENSKIP_DEFAULT_TEMPLATES_DIR).size() > std::string("/survey-templates").size());
  BOOST_TEST(std::string(MIENSKIP_DEFAULT_TEMPLATES_DIR).find("/survey-templates") != std::string::npos);
  auto with_variable = base;
  with_variable["MIENSKIP_TEMPLATES_DIR"] = "/etc/mienskip/templates";
  BOOST_TEST(config({}, with_variable).templates_dir == "/etc/mienskip/templates");
  BOOST_TEST(config({"--templates-dir", "/srv/templates"}, with_variable).templates_dir == "/srv/templates");
}

BOOST_AUTO_TEST_CASE(the_upload_limits_are_set_apart_from_the_body_limit) {
  const auto c = config({"--max-upload-bytes", "500000000"},
                        {{"DATABASE_URL", "x"}, {"MIENSKIP_SECRET", secret}, {"MIENSKIP_UPLOAD_TIMEOUT", "1800"}});
  BOOST_TEST(c.server.max_upload_bytes == 500000000u);
  BOOST_TEST(c.server.upload_timeout.count() == 1800000);
  BOOST_TEST(c.server.max_body_bytes == 1024u * 1024u);
  BOOST_CHECK_EXCEPTION(config({"--max-upload-bytes", "0"}, {{"DATABASE_URL", "x"}, {"MIENSKIP_SECRET", secret}}),
                        mienskip::Error, [](const auto& e) { return says(e, "--max-upload-bytes"); });
}

BOOST_AUTO_TEST_CASE(bad_numbers_name_their_source) {
  const std::map<std::string, std::string> base{{"DATABASE_URL", "x"}, {"MIENSKIP_SECRET", secret}};
  BOOST_CHECK_EXCEPTION(config({"--port", "80a"}, base), mienskip::Error,
                        [](const auto& e) { return says(e, "--port"); });
  BOOST_CHECK_EXCEPTION(config({"--port", "70000"}, base), mienskip::Error,
                        [](const auto& e) { return says(e, "--port"); });
  auto with_threads = base;
  with_threads["MIENSKIP_THREADS"] = "0";
  BOOST_CHECK_EXCEPTION(config({}, with_threads), mienskip::Error,
                        [](const auto& e) { return says(e, "MIENSKIP_THREADS"); });
  BOOST_CHECK_EXCEPTION(config({"--request-timeout", "soon"}, base), mienskip::Error,
                        [](const auto& e) { return says(e, "--request-timeout"); });
}

BOOST_AUTO_TEST_CASE(database_and_secret_are_required) {
  BOOST_CHECK_EXCEPTION(config({}, {{"MIENSKIP_SECRET", secret}}), mienskip::Error,
                        [](const auto& e) { return says(e, "DATABASE_URL"); });
  BOOST_CHECK_EXCEPTION(config({}, {{"DATABASE_URL", "x"}}), mienskip::Error,
                        [](const auto& e) { return says(e, "MIENSKIP_SECRET"); });
  BOOST_CHECK_EXCEPTION(config({}, {{"DATABASE_URL", "x"}, {"MIENSKIP_SECRET", "short"}}),
                        mienskip::Error, [](const auto& e) { return says(e, "32 characters"); });
}

BOOST_AUTO_TEST_CASE(a_secret_file_is_read_later_and_trimmed_when_validated) {
  const auto c = config({}, {{"DATABASE_URL", "x"}, {"MIENSKIP_SECRET_FILE", "/run/secret"}});
  BOOST_TEST(c.secret.empty());
  BOOST_TEST(c.secret_file == "/run/secret");
  BOOST_TEST(validated_secret(secret + "\n", "file") == secret);
}

// Issue 18: how long a draw's commitment (and a fixed selection run) is public before its seed or
// number may be entered: a day unless set, at most 90 days.
BOOST_AUTO_TEST_CASE(the_commitment_wait_is_a_day_unless_set) {
  const std::map<std::string, std::string> base{{"DATABASE_URL", "x"}, {"MIENSKIP_SECRET", secret}};
  BOOST_TEST(config({}, base).commitment_wait.count() == 86400);
  auto with_variable = base;
  with_variable["MIENSKIP_COMMITMENT_WAIT"] = "60";
  BOOST_TEST(config({}, with_variable).commitment_wait.count() == 60);
  BOOST_TEST(config({"--commitment-wait", "0"}, with_variable).commitment_wait.count() == 0);
  for (const std::string wrong : {"-1", "1.5", "a day", "7776001"}) {
    BOOST_CHECK_EXCEPTION(config({"--commitment-wait", wrong}, base), mienskip::Error,
                          [](const auto& e) { return says(e, "--commitment-wait"); });
  }
}

// Issue 23: the address printed on the invitation letters, configured once.
BOOST_AUTO_TEST_CASE(the_public_url_comes_from_the_flag_or_the_environment) {
  const std::map<std::string, std::string> base{{"DATABASE_URL", "x"}, {"MIENSKIP_SECRET", secret}};
  BOOST_TEST(config({}, base).public_url.empty());
  auto with_variable = base;
  with_variable["MIENSKIP_PUBLIC_URL"] = "https://mienskip.example.nl/burgerforum/";
  BOOST_TEST(config({}, with_variable).public_url == "https://mienskip.example.nl/burgerforum");
  BOOST_TEST(config({"--public-url", "https://burgerforum.sudwestfryslan.nl"}, with_variable).public_url ==
             "https://burgerforum.sudwestfryslan.nl");
  for (const std::string wrong : {"burgerforum.example.nl", "ftp://example.nl", "https://", "https:///f",
                                  "https://example.nl/?a=1", "https://example.nl/#x", "https://exa mple.nl",
                                  "https://example.nl/\"<script>"}) {
    BOOST_CHECK_EXCEPTION(config({"--public-url", wrong}, base), mienskip::Error,
                          [](const auto& e) { return says(e, "--public-url"); });
  }
  BOOST_CHECK_EXCEPTION(config({}, {{"DATABASE_URL", "x"}, {"MIENSKIP_SECRET", secret}, {"MIENSKIP_PUBLIC_URL", "x"}}),
                        mienskip::Error, [](const auto& e) { return says(e, "MIENSKIP_PUBLIC_URL"); });
}

BOOST_AUTO_TEST_SUITE_END()
