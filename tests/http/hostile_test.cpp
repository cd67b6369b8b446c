// Issue 16: what an anonymous visitor can send to the public routes of a real `mienskip serve`.
// Every hostile or malformed request gets a 4xx (with its stable code where Mienskip answers, not
// Poco's own header parser), nothing is stored, and /healthz still answers after each.
#include <Poco/Net/StreamSocket.h>

#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <cctype>
#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

struct RawReply {
  int status = 0;
  std::string head;
  std::string body;
  std::string code() const {
    try {
      return json::parse(body).at("error").at("code").get<std::string>();
    } catch (const std::exception&) {
      return "(no error code in: " + body.substr(0, 200) + ")";
    }
  }
};

// Sends `bytes` as they are on a fresh connection and reads until the server closes or pauses.
RawReply send_raw(std::uint16_t port, const std::string& bytes, Poco::Timespan idle = Poco::Timespan(5, 0)) {
  Poco::Net::StreamSocket socket;
  socket.connect(Poco::Net::SocketAddress("127.0.0.1", port), Poco::Timespan(5, 0));
  std::size_t sent = 0;
  try {
    while (sent < bytes.size()) {
      sent += static_cast<std::size_t>(
          socket.sendBytes(bytes.data() + sent, static_cast<int>(std::min<std::size_t>(bytes.size() - sent, 65536))));
    }
  } catch (const Poco::Exception&) {
    // The server may answer and close before the whole request is sent: read what it said.
  }
  socket.setReceiveTimeout(idle);
  std::string text;
  char buffer[8192];
  try {
    int n;
    while ((n = socket.receiveBytes(buffer, sizeof buffer)) > 0) {
      text.append(buffer, static_cast<std::size_t>(n));
      const auto end = text.find("\r\n\r\n");
      if (end == std::string::npos) continue;
      // Stop once the declared body is in: the server may keep the connection open.
      const auto length_at = text.find("Content-Length: ");
      if (length_at != std::string::npos && length_at < end &&
          text.size() >= end + 4 + std::stoul(text.substr(length_at + 16))) {
        break;
      }
    }
  } catch (const Poco::Exception&) {
  }
  RawReply reply;
  if (text.rfind("HTTP/1.", 0) == 0 && text.size() > 12) reply.status = std::stoi(text.substr(9, 3));
  const auto end = text.find("\r\n\r\n");
  reply.head = text.substr(0, end);
  if (end != std::string::npos) reply.body = text.substr(end + 4);
  return reply;
}

std::string post(const std::string& path, const std::string& content_type, const std::string& body) {
  return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

std::string get(const std::string& target, const std::string& extra_headers = "") {
  return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extra_headers + "Connection: close\r\n\r\n";
}

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// A hostile request and what must come back: a 4xx, and `code` where Mienskip itself answers.
struct Hostile {
  std::string kind;
  std::string bytes;
  std::optional<std::string> code;  // nullopt: refused by the HTTP parser before any handler
  // Poco's parser throws on a Content-Length that is not a number before any handler runs, and
  // its connection drops the request without an answer (nginx answers such a request with 400
  // itself). Closing is a refusal too; the server must still be up and nothing changed.
  bool may_close_unanswered = false;
};

// JSON bodies: the resident's response API and the staff login take them anonymously.
std::vector<Hostile> json_attacks(const std::string& path) {
  const std::string type = "application/json";
  std::string many_keys = "{";
  for (int i = 0; i < 60000; ++i) many_keys += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":1";
  many_keys += "}";
  std::string long_array = "[" + repeat("0,", 60000) + "0]";
  return {
      {"arrays nested 200,000 deep", post(path, type, "{\"idempotency_key\": " + repeat("[", 200000) + repeat("]", 200000) + "}"), "json_too_deep"},
      {"objects nested 100 deep", post(path, type, repeat("{\"a\":", 100) + "1" + repeat("}", 100)), "json_too_deep"},
      {"unclosed nesting", post(path, type, repeat("[", 300000)), "json_too_deep"},
      {"60,000 keys", post(path, type, many_keys), "json_too_large"},
      {"an array of 60,001 items", post(path, type, "{\"allocations\": " + long_array + "}"), "json_too_large"},
      {"invalid UTF-8 in a string", post(path, type, "{\"code\": \"\xff\xfe\"}"), "invalid_json"},
      {"a raw NUL byte", post(path, type, std::string("{\"code\": \"a\0b\"}", 15)), "invalid_json"},
      {"truncated JSON", post(path, type, "{\"code\": \"AB"), "invalid_json"},
      {"a number beyond double", post(path, type, "{\"x\": 1e999}"), "invalid_json"},
      {"not JSON at all", post(path, type, "<xml/>"), "invalid_json"},
      {"the wrong media type", post(path, "text/plain", "{}"), "unsupported_media_type"},
      {"a body over the limit", post(path, type, "\"" + repeat("a", 1100000) + "\""), "payload_too_large"},
  };
}

// Framing that lies about the body, for any route that takes one.
std::vector<Hostile> framing_attacks(const std::string& path, const std::string& type) {
  return {
      {"a declared length over the limit",
       "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + type + "\r\nContent-Length: 100000000\r\n\r\n{",
       "payload_too_large"},
      {"a body without a length",
       "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + type + "\r\nConnection: close\r\n\r\n{}", "length_required"},
      {"a negative length",
       "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + type + "\r\nContent-Length: -5\r\n\r\n{}", "bad_request"},
      {"a length that is not a number",
       "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + type + "\r\nContent-Length: 1e3\r\n\r\n{}", std::nullopt, true},
  };
}

// Form bodies: the survey pages and the forum sign-up.
std::vector<Hostile> form_attacks(const std::string& path) {
  const std::string type = "application/x-www-form-urlencoded";
  std::string many_fields;
  for (int i = 0; i < 1000; ++i) many_fields += "f" + std::to_string(i) + "=1&";
  return {
      {"1,000 fields", post(path, type, many_fields), "form_too_large"},
      {"a field name of 5,000 bytes", post(path, type, repeat("n", 5000) + "=1"), "form_too_large"},
      {"a broken percent sequence", post(path, type, "code=%zz"), "invalid_form"},
      {"a percent sequence cut off", post(path, type, "code=AB%4"), "invalid_form"},
      {"invalid UTF-8", post(path, type, "code=%ff%fe"), "invalid_form"},
      {"an overlong UTF-8 slash", post(path, type, "code=%c0%af"), "invalid_form"},
      {"a NUL byte", post(path, type, "code=a%00b"), "invalid_form"},
      {"the wrong media type", post(path, "application/json", "code=1"), "unsupported_media_type"},
      {"a body over the limit", post(path, type, "motivation=" + repeat("a", 1100000)), "payload_too_large"},
  };
}

// Addresses and headers: every route family.
std::vector<Hostile> address_attacks(const std::string& path) {
  return {
      {"a broken percent sequence in the path", get(path + "%zz"), "invalid_path"},
      {"a NUL in the path", get(path + "%00"), "invalid_path"},
      {"invalid UTF-8 in the path", get(path + "%c3%28"), "invalid_path"},
      {"a broken query", get(path + "?lang=%zz"), "invalid_query"},
      {"a query of 1,000 parameters", get(path + "?" + repeat("a=1&", 1000)), "invalid_query"},
      {"a path that climbs out", get("/static/../../../../etc/passwd"), "not_found"},
      {"an encoded climb", get("/static/%2e%2e/%2e%2e/etc/passwd"), "not_found"},
      {"a path of 100 kB", get(path + "/" + repeat("a", 100000)), std::nullopt},
      {"a header of 100 kB", get(path, "X-Junk: " + repeat("j", 100000) + "\r\n"), std::nullopt},
      {"500 headers", get(path, repeat("X-Junk: 1\r\n", 500)), std::nullopt},
      {"a length and chunks together",
       "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
       "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n", "bad_request"},
      {"an unknown method", "BREW " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "method_not_allowed"},
      {"a request line without a target", "GET\r\n\r\n", std::nullopt},
      {"a request line of binary garbage", "\x16\x03\x01\x02\x01 \x01\x07\x01\xfc\r\n\r\n", std::nullopt},
  };
}

void expect_refused(std::uint16_t port, const Hostile& attack, const std::string& family) {
  const auto reply = send_raw(port, attack.bytes);
  BOOST_TEST_CONTEXT(family << ": " << attack.kind) {
    const bool closed = attack.may_close_unanswered && reply.status == 0;
    BOOST_TEST((closed || (reply.status >= 400 && reply.status < 500)), "status " << reply.status << ": " << reply.head);
    if (attack.code) BOOST_TEST(reply.code() == *attack.code);
    const auto health = request(port, "GET", "/healthz");
    BOOST_TEST_REQUIRE(health.status == 200);
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(http_hostile)

BOOST_AUTO_TEST_CASE(every_public_route_family_refuses_hostile_requests_and_the_server_stays_up) {
  StaffDatabase db("http_hostile_routes");
  import_survey_with_codes(db.url, "sudwest-fryslan-energiestrategie.json", "energie", 2);
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const auto admin = log_in(port, admin_email, admin_password);
  BOOST_TEST_REQUIRE(staff_request(port, admin, "POST", "/api/admin/forums", forum_body().dump()).status == 201);

  // Each route family that takes a body gets its body's attacks, lying framing and the address
  // attacks (at least 25 kinds each); the pages that only read get the address attacks.
  auto send_all = [port](const std::string& path, const std::vector<std::vector<Hostile>>& lists) {
    std::size_t kinds = 0;
    for (const auto& list : lists) {
      for (const auto& attack : list) expect_refused(port, attack, path), ++kinds;
    }
    return kinds;
  };
  std::size_t sent = 0;
  for (const std::string path : {"/api/surveys/energie/responses", "/api/session"}) {
    const auto kinds = send_all(path, {json_attacks(path), framing_attacks(path, "application/json"), address_attacks(path)});
    BOOST_TEST(kinds >= 25u, path << ": " << kinds << " kinds");
    sent += kinds;
  }
  for (const std::string path : {"/s/energie", "/s/energie/antwoord", "/f/energie"}) {
    const std::string type = "application/x-www-form-urlencoded";
    const auto kinds = send_all(path, {form_attacks(path), framing_attacks(path, type), address_attacks(path)});
    BOOST_TEST(kinds >= 25u, path << ": " << kinds << " kinds");
    sent += kinds;
  }
  for (const std::string path : {"/f/energie/verificatie", "/api/surveys/energie"}) sent += send_all(path, {address_attacks(path)});
  BOOST_TEST(sent >= 150u);

  // Nothing a hostile request carried was stored or counted against anyone.
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM responses") == 0);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM response_drafts") == 0);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_volunteers") == 0);
  BOOST_TEST(server.running());
}

BOOST_AUTO_TEST_CASE(resident_pages_forbid_framing_and_inline_script) {
  StaffDatabase db("http_hostile_headers");
  import_survey_with_codes(db.url, "sudwest-fryslan-energiestrategie.json", "energie", 1);
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  for (const std::string path : {"/", "/s/energie", "/f/bestaat-niet"}) {
    const auto page = request(port, "GET", path);
    BOOST_TEST_CONTEXT(path) {
      const auto policy = page.headers.get("Content-Security-Policy", "");
      BOOST_TEST(policy.find("frame-ancestors 'none'") != std::string::npos, policy);
      if (path != "/") {  // the home page has one inline stylesheet and no script or form
        BOOST_TEST(policy.find("unsafe-inline") == std::string::npos, policy);
        BOOST_TEST(policy.find("script-src 'self'") != std::string::npos, policy);
      }
      BOOST_TEST(page.headers.get("X-Frame-Options", "") == "DENY");
      BOOST_TEST(page.headers.get("Referrer-Policy", "") == "same-origin");
    }
  }
}

BOOST_AUTO_TEST_CASE(an_unauthenticated_upload_is_refused_before_its_body_is_read) {
  StaffDatabase db("http_hostile_upload");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();

  // 100 MB declared, nothing sent: the answer must come at once, not after the body.
  const auto started = std::chrono::steady_clock::now();
  const auto reply = send_raw(port,
                              "POST /api/admin/forums/energie/register HTTP/1.1\r\nHost: x\r\n"
                              "Content-Type: text/csv\r\nContent-Length: 100000000\r\n\r\nid;naam\r\n",
                              Poco::Timespan(10, 0));
  const auto waited = std::chrono::steady_clock::now() - started;
  BOOST_TEST(reply.status == 401, reply.head);
  BOOST_TEST(reply.code() == "unauthenticated");
  // Poco writes the header value as "Close"; the token is case-insensitive.
  auto head = reply.head;
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  BOOST_TEST(head.find("connection: close") != std::string::npos, reply.head);
  BOOST_TEST(waited < 3s);
}

BOOST_AUTO_TEST_CASE(twenty_slow_unauthenticated_uploads_leave_health_answering_within_a_second) {
  StaffDatabase db("http_hostile_slow_uploads");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();

  // Twenty clients declare 100 MB and then trickle a byte every two seconds, for ten seconds.
  std::vector<std::thread> clients;
  for (int i = 0; i < 20; ++i) {
    clients.emplace_back([port] {
      try {
        Poco::Net::StreamSocket socket;
        socket.connect(Poco::Net::SocketAddress("127.0.0.1", port), Poco::Timespan(5, 0));
        const std::string head =
            "POST /api/admin/forums/energie/register HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
            "Content-Length: 100000000\r\n\r\n";
        socket.sendBytes(head.data(), static_cast<int>(head.size()));
        for (int second = 0; second < 10; second += 2) {
          std::this_thread::sleep_for(2s);
          socket.sendBytes("x", 1);
        }
      } catch (const Poco::Exception&) {
        // Refused and closed by the server: that is the point.
      }
    });
  }
  std::this_thread::sleep_for(500ms);
  for (int probe = 0; probe < 8; ++probe) {
    const auto started = std::chrono::steady_clock::now();
    const auto health = request(port, "GET", "/healthz", "", {}, 5);
    const auto waited = std::chrono::steady_clock::now() - started;
    BOOST_TEST(health.status == 200);
    BOOST_TEST(std::chrono::duration_cast<std::chrono::milliseconds>(waited).count() < 1000);
    std::this_thread::sleep_for(1s);
  }
  for (auto& client : clients) client.join();
}

BOOST_AUTO_TEST_SUITE_END()
