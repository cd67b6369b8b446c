// Runs the real `mienskip serve` binary on a free port and talks HTTP to it.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>

#include <boost/test/unit_test.hpp>
#include <csignal>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

std::vector<std::string> serve(std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"serve", "--port", "0", "--drain-timeout", "10"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

Poco::Net::StreamSocket connect(std::uint16_t port) {
  Poco::Net::StreamSocket socket;
  socket.connect(Poco::Net::SocketAddress("127.0.0.1", port), Poco::Timespan(5, 0));
  socket.setReceiveTimeout(Poco::Timespan(20, 0));
  return socket;
}

void send_text(Poco::Net::StreamSocket& socket, const std::string& text) {
  socket.sendBytes(text.data(), static_cast<int>(text.size()));
}

// Everything the server sends until it closes the connection or `idle` passes without data.
std::string receive_all(Poco::Net::StreamSocket& socket, Poco::Timespan idle = Poco::Timespan(10, 0)) {
  socket.setReceiveTimeout(idle);
  std::string text;
  char buffer[4096];
  try {
    int n;
    while ((n = socket.receiveBytes(buffer, sizeof buffer)) > 0) text.append(buffer, n);
  } catch (const Poco::Exception&) {
    // timeout or reset: return what arrived
  }
  return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(http_serve)

BOOST_AUTO_TEST_CASE(health_and_readiness_on_a_migrated_database) {
  ServerProcess server(serve(), server_environment(fresh_database("http_ready")));
  const auto port = server.port();

  const auto health = request(port, "GET", "/healthz");
  BOOST_TEST(health.status == 200);
  BOOST_TEST(health.json_body()["status"] == "ok");
  BOOST_TEST(health.headers.getContentType() == "application/json");
  BOOST_TEST(health.headers.has("X-Request-Id"));

  const auto ready = request(port, "GET", "/readyz");
  BOOST_TEST(ready.status == 200);
  const auto body = ready.json_body();
  BOOST_TEST(body["status"] == "ready");
  BOOST_TEST(body["migrations"]["applied"] == body["migrations"]["known"]);
  BOOST_TEST(body["migrations"]["pending"].empty());
}

BOOST_AUTO_TEST_CASE(not_ready_until_migrated) {
  const auto url = fresh_database("http_unmigrated", Schema::empty);
  ServerProcess server(serve(), server_environment(url));
  const auto port = server.port();

  const auto before = request(port, "GET", "/readyz");
  BOOST_TEST(before.status == 503);
  BOOST_TEST(before.json_body()["error"]["code"] == "migrations_pending");
  BOOST_TEST(before.json_body()["migrations"]["pending"][0] == "0001_audit_log");

  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip({"migrate", "--database-url", url}, {}, output) == 0, output);
  BOOST_TEST(output.find("applied 0001_audit_log") != std::string::npos, output);

  BOOST_TEST(request(port, "GET", "/readyz").status == 200);
}

BOOST_AUTO_TEST_CASE(a_role_that_could_rewrite_the_audit_log_is_refused) {
  const auto url = fresh_database("http_owner_role");
  auto environment = server_environment(url);
  environment["DATABASE_URL"] = url;  // the schema's owner
  std::string output;
  BOOST_TEST(run_mienskip({"serve", "--port", "0"}, environment, output) == 1);
  BOOST_TEST(output.find("can delete or rewrite the audit log") != std::string::npos, output);
  BOOST_TEST(output.find("[invalid_configuration]") != std::string::npos, output);

  ServerProcess allowed({"serve", "--port", "0", "--allow-owner-role"}, environment);
  BOOST_TEST(request(allowed.port(), "GET", "/readyz").status == 200);
  BOOST_TEST(allowed.output().find("warning: serving as a role that can rewrite the audit log") != std::string::npos,
             allowed.output());
}

BOOST_AUTO_TEST_CASE(an_unreachable_database_makes_it_unready_but_alive) {
  ServerProcess server(serve(), server_environment("host=/nonexistent/mienskip/socket dbname=x"));
  const auto port = server.port();
  BOOST_TEST(request(port, "GET", "/healthz").status == 200);
  const auto ready = request(port, "GET", "/readyz");
  BOOST_TEST(ready.status == 503);
  BOOST_TEST(ready.json_body()["error"]["code"] == "not_ready");
  // libpq's message names the socket path: that stays in the server log.
  BOOST_TEST(ready.body.find("nonexistent") == std::string::npos, ready.body);
}

BOOST_AUTO_TEST_CASE(unknown_routes_and_methods_answer_json_errors) {
  ServerProcess server(serve(), server_environment(fresh_database("http_routes")));
  const auto port = server.port();

  const auto missing = request(port, "GET", "/no/such/page");
  BOOST_TEST(missing.status == 404);
  BOOST_TEST(missing.json_body()["error"]["code"] == "not_found");

  const auto wrong = request(port, "DELETE", "/healthz");
  BOOST_TEST(wrong.status == 405);
  BOOST_TEST(wrong.json_body()["error"]["code"] == "method_not_allowed");
  BOOST_TEST(wrong.headers.get("Allow") == "GET");

  const auto head = request(port, "HEAD", "/healthz");
  BOOST_TEST(head.status == 200);
  BOOST_TEST(head.body.empty());
}

BOOST_AUTO_TEST_CASE(oversized_and_unsized_bodies_are_refused) {
  ServerProcess server(serve({"--max-body-bytes", "1024"}), server_environment(fresh_database("http_body")));
  const auto port = server.port();

  BOOST_TEST(request(port, "POST", "/healthz", std::string(1024, 'x')).status == 405);

  const auto declared = request(port, "POST", "/healthz", std::string(1025, 'x'));
  BOOST_TEST(declared.status == 413);
  BOOST_TEST(declared.json_body()["error"]["code"] == "payload_too_large");

  const auto chunked = request(port, "POST", "/healthz", std::string(5000, 'x'), {"", true, {}});
  BOOST_TEST(chunked.status == 413);

  auto socket = connect(port);
  send_text(socket, "POST /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  const auto unsized = receive_all(socket);
  BOOST_TEST(unsized.rfind("HTTP/1.1 411", 0) == 0, unsized);
}

BOOST_AUTO_TEST_CASE(the_access_log_names_no_query_strings) {
  ServerProcess server(serve(), server_environment(fresh_database("http_log")));
  const auto port = server.port();
  BOOST_TEST(request(port, "GET", "/healthz?code=K7PQ-XW3M-92TB").status == 200);
  const auto log = server.output_with("GET /healthz 200");
  BOOST_TEST(log.find("GET /healthz 200") != std::string::npos, log);
  BOOST_TEST(log.find("K7PQ") == std::string::npos, log);
}

// The log gets the decoded path: a %0A in it must not start a fake line, nor a %1B drive the
// terminal that shows the log.
BOOST_AUTO_TEST_CASE(the_access_log_keeps_every_request_on_one_line) {
  ServerProcess server(serve(), server_environment(fresh_database("http_log_lines")));
  const auto port = server.port();
  BOOST_TEST(request(port, "GET", "/nope%0Afake%20line").status == 404);
  BOOST_TEST(request(port, "GET", "/nope2%0D%1B%5B31m%5Cx0A%7F").status == 404);
  // A NUL is refused before the path is decoded; the log shows the path as sent.
  BOOST_TEST(request(port, "GET", "/nope3%00nul").status == 400);
  BOOST_TEST(request(port, "GET", "/nope4" + std::string(3000, 'a')).status == 404);
  BOOST_TEST(request(port, "GET", "/healthz").status == 200);
  const auto log = server.output_with("GET /healthz 200");
  BOOST_TEST_REQUIRE(log.find("GET /healthz 200") != std::string::npos, log);

  std::istringstream lines(log);
  int nope_lines = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.find("/nope") != std::string::npos) ++nope_lines;
    BOOST_TEST(line.rfind("fake", 0) != 0u, line);
    BOOST_TEST(line.size() < 700u, line.substr(0, 100));
  }
  BOOST_TEST(nope_lines == 4, log);
  BOOST_TEST(log.find("GET /nope\\x0Afake\\x20line 404 ") != std::string::npos, log);
  BOOST_TEST(log.find("GET /nope2\\x0D\\x1B[31m\\x5Cx0A\\x7F 404 ") != std::string::npos, log);
  BOOST_TEST(log.find("GET /nope3%00nul 400 ") != std::string::npos, log);
  BOOST_TEST(log.find("/nope4" + std::string(506, 'a') + "...[cut,3006B] 404 ") != std::string::npos, log);
  BOOST_TEST(log.find('\x1b') == std::string::npos);
  BOOST_TEST(log.find('\r') == std::string::npos);
  BOOST_TEST(log.find('\0') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(slow_clients_cannot_exhaust_the_threads) {
  ServerProcess server(serve({"--threads", "2", "--request-timeout", "1", "--keep-alive", "1"}),
                       server_environment(fresh_database("http_slow")));
  const auto port = server.port();

  // Four clients dribble a header byte every 200 ms: each read succeeds, so only a deadline for
  // the whole request stops them.
  std::vector<Poco::Net::StreamSocket> slow;
  for (int i = 0; i < 4; ++i) {
    slow.push_back(connect(port));
    send_text(slow.back(), "GET /healthz HTTP/1.1\r\n");
  }
  std::atomic<bool> stop{false};
  std::atomic<int> cut_off{0};
  std::thread dribbler([&] {
    std::vector<bool> open(slow.size(), true);
    while (!stop) {
      for (std::size_t i = 0; i < slow.size(); ++i) {
        if (!open[i]) continue;
        try {
          send_text(slow[i], "X");
        } catch (const Poco::Exception&) {
          open[i] = false;
          ++cut_off;
        }
      }
      std::this_thread::sleep_for(200ms);
    }
  });

  std::this_thread::sleep_for(300ms);
  const auto started = std::chrono::steady_clock::now();
  const auto reply = request(port, "GET", "/healthz");
  const auto waited = std::chrono::steady_clock::now() - started;
  std::this_thread::sleep_for(3s);
  stop = true;
  dribbler.join();

  BOOST_TEST(reply.status == 200);
  BOOST_TEST(std::chrono::duration_cast<std::chrono::milliseconds>(waited).count() < 5000);
  BOOST_TEST(cut_off.load() == 4);
}

BOOST_AUTO_TEST_CASE(sigterm_finishes_the_request_in_flight_then_exits) {
  ServerProcess server(serve({"--request-timeout", "10"}), server_environment(fresh_database("http_stop")));
  const auto port = server.port();

  auto socket = connect(port);
  send_text(socket, "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n12345");
  std::this_thread::sleep_for(200ms);
  server.send_signal(SIGTERM);
  std::this_thread::sleep_for(500ms);
  BOOST_TEST_REQUIRE(server.running(), "the server quit with a request in flight");

  send_text(socket, "67890");
  const auto reply = receive_all(socket);
  BOOST_TEST(reply.rfind("HTTP/1.1 200", 0) == 0, reply);
  BOOST_TEST(reply.find("{\"status\":\"ok\"}") != std::string::npos, reply);

  const auto code = server.wait_for_exit(10s);
  BOOST_TEST_REQUIRE(code.has_value(), "the server did not exit after SIGTERM");
  BOOST_TEST(*code == 0);
  const auto output = server.final_output();
  BOOST_TEST(output.find("SIGTERM received") != std::string::npos, output);
  BOOST_TEST(output.find("mienskip: stopped") != std::string::npos, output);
}

BOOST_AUTO_TEST_CASE(configuration_errors_are_explained) {
  std::string output;
  BOOST_TEST(run_mienskip({"serve", "--port", "0"}, {{"DATABASE_URL", "dbname=x"}}, output) == 1);
  BOOST_TEST(output.find("MIENSKIP_SECRET") != std::string::npos, output);

  BOOST_TEST(run_mienskip({"serve", "--port", "http"}, server_environment("dbname=x"), output) == 1);
  BOOST_TEST(output.find("--port must be a whole number") != std::string::npos, output);

  BOOST_TEST(run_mienskip({"serve", "--prot", "80"}, server_environment("dbname=x"), output) == 2);
  BOOST_TEST(output.find("unknown option --prot") != std::string::npos, output);
}

BOOST_AUTO_TEST_CASE(a_taken_port_is_reported) {
  ServerProcess first(serve(), server_environment(fresh_database("http_port")));
  const auto port = first.port();
  std::string output;
  BOOST_TEST(run_mienskip({"serve", "--port", std::to_string(port)}, server_environment("dbname=x"), output) == 1);
  BOOST_TEST(output.find("in use") != std::string::npos, output);
}

BOOST_AUTO_TEST_SUITE_END()
