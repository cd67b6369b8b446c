// Issue 7, the council report through a real `mienskip serve`: report.html carries the weighted
// results the results API gives, report.pdf is a PDF printed by Debian's chromium (503 when there
// is none), and `mienskip survey report` writes the same report.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/base/html_escape.hpp"
#include "core/crypto/sha256.hpp"
#include "core/report/number_text.hpp"
#include "support/http_client.hpp"
#include "support/reference_data.hpp"
#include "support/results_fixture.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"

using namespace mienskip;
using namespace mienskip::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string base = "/api/admin/surveys/" + results_slug;
// Chromium starts slowly on a busy machine; the server allows it a minute.
constexpr int pdf_timeout_seconds = 90;

Login admin(std::uint16_t port) { return log_in(port, admin_email, admin_password); }
Login analyst(std::uint16_t port) { return log_in(port, analyst_email, analyst_password); }

void upload_margins(std::uint16_t port) {
  const auto stored = put_margins(port, admin(port), read_test_data("weighting/sudwest-fryslan-margins.csv"));
  BOOST_TEST_REQUIRE(stored.status == 200, stored.body);
}

// The part of a report from its results heading to the end of that section: the same in every
// copy of a report, whenever it was made.
std::string results_section(const std::string& html) {
  const auto start = html.find("<h2 id=\"resultaten\">");
  BOOST_TEST_REQUIRE(start != std::string::npos);
  return html.substr(start, html.find("</section>", start) - start);
}

std::size_t entries(const fs::path& directory) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(directory), fs::directory_iterator{}));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(council_report_api)

BOOST_AUTO_TEST_CASE(the_report_needs_staff_and_margins) {
  ResultsDatabase db("http_report_access");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  for (const std::string& path : {base + "/report.html", base + "/report.pdf"}) {
    const auto anonymous = get_as(port, std::nullopt, path);
    BOOST_TEST(anonymous.status == 401, path);
    BOOST_TEST(error_code(anonymous) == "unauthenticated");
    for (const auto& who : {admin(port), analyst(port)}) {
      const auto early = get_as(port, who, path);
      BOOST_TEST(early.status == 409, path << ": " << early.body);
      BOOST_TEST(error_code(early) == "no_margins");
    }
  }
  BOOST_TEST(get_as(port, admin(port), "/api/admin/surveys/bestaat-niet/report.html").status == 404);
  BOOST_TEST(get_as(port, admin(port), "/api/admin/surveys/bestaat-niet/report.pdf").status == 404);
}

BOOST_AUTO_TEST_CASE(the_html_report_has_the_scenarios_and_the_weighted_means_of_the_results) {
  ResultsDatabase db("http_report_html");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  upload_margins(port);
  const Login reader = analyst(port);
  const auto results = get_as(port, reader, base + "/results");
  BOOST_TEST_REQUIRE(results.status == 200, results.body);
  const auto report = get_as(port, reader, base + "/report.html");
  BOOST_TEST_REQUIRE(report.status == 200, report.body);
  BOOST_TEST(report.headers.getContentType() == "text/html; charset=utf-8");
  const std::string disposition = report.headers.get("Content-Disposition");
  BOOST_TEST(disposition.rfind("inline; filename=\"raadsrapport-energie-20", 0) == 0u, disposition);
  BOOST_TEST(disposition.find(".html\"") != std::string::npos, disposition);
  BOOST_TEST(report.headers.get("Content-Security-Policy").rfind("default-src 'none'", 0) == 0u);

  const auto survey = json::parse(read_survey_template("sudwest-fryslan-energiestrategie.json"));
  const json weighed = results.json_body();
  const auto& estimates = weighed["estimates"]["scenarios"];
  BOOST_TEST_REQUIRE(estimates.size() == survey["scenarios"].size());
  for (std::size_t s = 0; s < estimates.size(); ++s) {
    const auto& e = estimates[s];
    BOOST_TEST(e["scenario"] == survey["scenarios"][s]["id"]);
    const std::string title = escape_html(survey["scenarios"][s]["title"]["nl"].get<std::string>());
    const std::string row = "<th scope=\"row\">" + title + "</th><td class=\"n\">" +
                            format_number(e["weighted_mean"].get<double>(), 1, Language::nl) + "</td><td class=\"n\">" +
                            format_number(e["ci95"][0].get<double>(), 1, Language::nl) + " \xE2\x80\x93 " +
                            format_number(e["ci95"][1].get<double>(), 1, Language::nl) + "</td>";
    BOOST_TEST(report.has(row), row);
  }
  BOOST_TEST(report.has(escape_html(survey["title"]["nl"].get<std::string>())));
  BOOST_TEST(report.has("72 inwoners vulden de vragenlijst in"));
  BOOST_TEST(report.has("te weinig antwoorden"));  // 72 responses over eight areas

  // Issue 19: the footer names the software, the weighting and the file the report was made from:
  // the SHA-256 of the responses export as an analyst downloads it.
  const auto exported = get_as(port, reader, base + "/export/responses.csv");
  BOOST_TEST_REQUIRE(exported.status == 200, exported.body);
  BOOST_TEST(report.has("Gemaakt met Mienskip 0."), report.body.substr(report.body.find("<footer>")));
  BOOST_TEST(report.has("Gewogen met raking naar \xE2\x80\x98"));
  BOOST_TEST(report.has("met SHA-256 <code class=\"audit-head\">" + sha256_hex(exported.body) + "</code>"),
             report.body.substr(report.body.find("<footer>")));
}

// Issue 19: the same report in Frisian and English (?language=fy|en), anything else refused.
BOOST_AUTO_TEST_CASE(the_report_is_given_in_frisian_and_english_on_request) {
  ResultsDatabase db("http_report_languages");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  upload_margins(port);
  const Login reader = analyst(port);
  const auto survey = json::parse(read_survey_template("sudwest-fryslan-energiestrategie.json"));
  struct Case {
    const char* code;
    const char* file;
    const char* sentence;
  };
  for (const Case& c : {Case{"fy", "riedsrapport-energie-20", "72 ynwenners folden de fragelist yn"},
                        Case{"en", "council-report-energie-20", "72 residents filled in the questionnaire"}}) {
    const auto report = get_as(port, reader, base + "/report.html?language=" + c.code);
    BOOST_TEST_REQUIRE(report.status == 200, report.body);
    BOOST_TEST(report.has(std::string("<html lang=\"") + c.code + "\">"));
    BOOST_TEST(report.has(c.sentence), c.code);
    BOOST_TEST(report.has(escape_html(survey["title"][c.code].get<std::string>())), c.code);
    BOOST_TEST(report.headers.get("Content-Disposition").find(c.file) != std::string::npos, c.code);
  }
  const auto refused = get_as(port, reader, base + "/report.html?language=de");
  BOOST_TEST(refused.status == 422);
  BOOST_TEST(refused.json_body()["error"]["code"] == "invalid_option", refused.body);
}

BOOST_AUTO_TEST_CASE(the_pdf_report_is_printed_by_chromium_and_the_cli_writes_the_same_report) {
  ResultsDatabase db("http_report_pdf");
  const auto scratch = scratch_directory("http-report");
  // The server's own temporary directory, to see that nothing of a print is left behind.
  const auto temporary = scratch / "tmp";
  fs::create_directories(temporary);
  auto env = server_environment(db.url);
  env["TMPDIR"] = temporary.string();
  ServerProcess server({"serve", "--port", "0"}, env);
  const auto port = server.port();

  // Without margins the command fails as the routes do, and writes nothing.
  std::string output;
  const auto html_path = scratch / "raadsrapport.html";
  const auto pdf_path = scratch / "raadsrapport.pdf";
  BOOST_TEST(run_mienskip({"survey", "report", "--survey", "energie", "--out", html_path.string()},
                          server_environment(db.url), output) == 1);
  BOOST_TEST(output.find("[no_margins]") != std::string::npos, output);
  BOOST_TEST(!fs::exists(html_path));

  upload_margins(port);
  const auto pdf = get_as(port, admin(port), base + "/report.pdf", pdf_timeout_seconds);
  BOOST_TEST_REQUIRE(pdf.status == 200, pdf.body);
  BOOST_TEST(pdf.headers.getContentType() == "application/pdf");
  BOOST_TEST(pdf.body.rfind("%PDF", 0) == 0u);
  BOOST_TEST(pdf.body.size() > 10000u);
  const std::string disposition = pdf.headers.get("Content-Disposition");
  BOOST_TEST(disposition.rfind("attachment; filename=\"raadsrapport-energie-20", 0) == 0u, disposition);
  BOOST_TEST(disposition.find(".pdf\"") != std::string::npos, disposition);
  BOOST_TEST(entries(temporary) == 0u);

  BOOST_TEST_REQUIRE(
      run_mienskip({"survey", "report", "--survey", "energie", "--out", html_path.string(), "--pdf", pdf_path.string()},
                   server_environment(db.url), output) == 0,
      output);
  const auto api = get_as(port, analyst(port), base + "/report.html");
  BOOST_TEST_REQUIRE(api.status == 200);
  const std::string written = read_text(html_path);
  BOOST_TEST(results_section(written) == results_section(api.body));
  BOOST_TEST(read_text(pdf_path).rfind("%PDF", 0) == 0u);
  fs::remove_all(scratch);
}

BOOST_AUTO_TEST_CASE(without_chromium_the_pdf_is_refused_clearly) {
  ResultsDatabase db("http_report_nopdf");
  auto env = server_environment(db.url);
  env["MIENSKIP_CHROMIUM"] = "/nonexistent/chromium";
  ServerProcess server({"serve", "--port", "0"}, env);
  const auto port = server.port();
  upload_margins(port);
  const auto refused = get_as(port, analyst(port), base + "/report.pdf");
  BOOST_TEST(refused.status == 503, refused.body);
  BOOST_TEST(error_code(refused) == "pdf_unavailable");
  const std::string message = refused.json_body()["error"]["message"];
  BOOST_TEST(message.find("chromium is not installed at /nonexistent/chromium") != std::string::npos, message);
  BOOST_TEST(message.find("report.html") != std::string::npos, message);
  // The HTML report does not need chromium.
  BOOST_TEST(get_as(port, analyst(port), base + "/report.html").status == 200);
}

BOOST_AUTO_TEST_SUITE_END()
