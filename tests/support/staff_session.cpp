#include "support/staff_session.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

#include "support/server_process.hpp"
#include "support/test_database.hpp"

namespace mienskip::test {

void add_staff(const std::string& database_url) {
  add_account(database_url, "admin", admin_email, admin_password);
  add_account(database_url, "analyst", analyst_email, analyst_password);
}

StaffDatabase::StaffDatabase(const std::string& name) : url(fresh_database(name)) { add_staff(url); }

Login log_in(std::uint16_t port, const std::string& email, const std::string& password) {
  const auto reply =
      request(port, "POST", "/api/session", nlohmann::json{{"email", email}, {"password", password}}.dump(),
              RequestOptions{"application/json", false, {}});
  BOOST_TEST_REQUIRE(reply.status == 200, reply.body);
  const std::string set_cookie = reply.headers.get("Set-Cookie");
  return {set_cookie.substr(0, set_cookie.find(';')), reply.json_body()["csrf_token"].get<std::string>()};
}

Reply staff_request(std::uint16_t port, const std::optional<Login>& who, const std::string& method,
                    const std::string& path, const std::string& body, const std::string& content_type, bool chunked,
                    int timeout_seconds) {
  RequestOptions options{method == "GET" ? "" : content_type, chunked, {}};
  if (who) {
    options.headers.push_back({"Cookie", who->cookie});
    options.headers.push_back({"X-CSRF-Token", who->csrf});
  }
  return request(port, method, path, body, options, timeout_seconds);
}

std::string error_code(const Reply& reply) {
  try {
    return reply.json_body()["error"]["code"].get<std::string>();
  } catch (const std::exception&) {
    return "(not an error: " + reply.body.substr(0, 200) + ")";
  }
}

void expect_same_json(const nlohmann::json& got, const nlohmann::json& expected, const std::string& where,
                      double tolerance) {
  if (got.is_number() && expected.is_number()) {
    BOOST_TEST(std::fabs(got.get<double>() - expected.get<double>()) <= tolerance,
               where << ": " << got << " against " << expected);
    return;
  }
  BOOST_TEST_REQUIRE(got.type_name() == std::string(expected.type_name()), where << ": " << got << " vs " << expected);
  if (got.is_object()) {
    BOOST_TEST_REQUIRE(got.size() == expected.size(), where);
    for (const auto& [key, value] : expected.items()) {
      BOOST_TEST_REQUIRE(got.contains(key), where << "." << key << " is missing");
      expect_same_json(got[key], value, where + "." + key, tolerance);
    }
  } else if (got.is_array()) {
    BOOST_TEST_REQUIRE(got.size() == expected.size(), where);
    for (std::size_t i = 0; i < got.size(); ++i) {
      expect_same_json(got[i], expected[i], where + "[" + std::to_string(i) + "]", tolerance);
    }
  } else {
    BOOST_TEST(got == expected, where);
  }
}

}  // namespace mienskip::test
