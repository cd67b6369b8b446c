// The printed invitation letters through a real `mienskip serve` (issue 23): the address block holds
// the name and address only, from the register columns staff chose (or the suggested ones), in
// the Dutch format; no other column of the register ever reaches a letter; the sign-up address is
// the configured public address, not the request's Host header; each letter's QR code opens the
// sign-up page in the letter's language with that letter's code filled in (issue 22, item 5).
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <Poco/Base64Decoder.h>

#include <sstream>

#include "app/qr_svg.hpp"
#include "core/invitations/letter_link.hpp"
#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

namespace {

const std::string public_url = "https://burgerforum.sudwestfryslan.nl";

// Three households, each with what a BRP extract has besides the address: initials, a birth date,
// a gender and a district. The postcodes are written as the BRP writes them, without a space.
const std::string brp_extract =
    "id;voornaam;voorletters;tussenvoegsel;achternaam;straat;huisnummer;huisletter;postcode;woonplaats;"
    "geboortedatum;geslacht;wijk\r\n"
    "200001;Sjoerd;S.;de;Vries;Tsjerkestrjitte;12;A;8701AB;Snits;1997-02-05;M;Wyk-Noard-1\r\n"
    "200002;Áltsje;A.J.;;Hoekstra;Marktstrjitte;3;;8702 CD;Boalsert;1958-11-23;V;Wyk-Sud-2\r\n"
    "200003;Wytse;W.;van der;Meer;Dyk;140;;8703ef;Wommels;2004-07-30;V;Wyk-East-3\r\n";

// What no letter may show, whatever it holds: the other columns' values.
const std::vector<std::string> never_printed = {"1997-02-05", "1958-11-23", "2004-07-30", "Wyk-", "200001",
                                                "200002",     "200003",     "A.J.",       "8701AB", "8703ef"};

// The three letters of a forum whose register above is drawn completely.
Login drawn_forum(std::uint16_t port) {
  const Login admin = forum_with_register(port, brp_extract);
  commit_and_draw(port, admin, {{"count", 3}}, "1 2 3");
  return admin;
}

// Every letter's address block, its lines joined by " / ".
std::multiset<std::string> address_blocks(const std::string& html) {
  std::multiset<std::string> blocks;
  const std::regex block("<address class=\"address\">((?:[^<]|<br>)*)</address>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), block); it != std::sregex_iterator(); ++it) {
    blocks.insert(std::regex_replace((*it)[1].str(), std::regex("<br>"), " / "));
  }
  return blocks;
}

void expect_nothing_else(const Reply& letters) {
  for (const auto& value : never_printed) BOOST_TEST(!letters.has(value), value);
  // The genders (V, M) on a line of their own, or after the name.
  BOOST_TEST(!std::regex_search(letters.body, std::regex("(<br>|\">)[VM](<br>|</address>)")));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(forum_letters_api)

BOOST_AUTO_TEST_CASE(the_default_letter_shows_the_name_and_address_and_no_other_column) {
  StaffDatabase db("http_forum_letters_default");
  ServerProcess server({"serve", "--port", "0", "--public-url", public_url}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = drawn_forum(port);

  const auto letters = staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html?language=nl");
  BOOST_TEST_REQUIRE(letters.status == 200, letters.body);
  const std::multiset<std::string> expected = {"Sjoerd de Vries / Tsjerkestrjitte 12A / 8701 AB Snits",
                                               "Áltsje Hoekstra / Marktstrjitte 3 / 8702 CD Boalsert",
                                               "Wytse van der Meer / Dyk 140 / 8703 EF Wommels"};
  BOOST_TEST(address_blocks(letters.body) == expected, boost::test_tools::per_element());
  expect_nothing_else(letters);
  // The letter greets the person it is addressed to.
  BOOST_TEST(letters.has("<p>Beste Sjoerd de Vries,</p>"));
  BOOST_TEST(letters.has("<p>Beste Wytse van der Meer,</p>"));
  BOOST_TEST(!letters.has("Beste bewoner"));

  const auto frisian = staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html?language=fy");
  BOOST_TEST_REQUIRE(frisian.status == 200, frisian.body);
  BOOST_TEST(address_blocks(frisian.body) == expected, boost::test_tools::per_element());
  expect_nothing_else(frisian);
  BOOST_TEST(frisian.has("<p>Bêste Áltsje Hoekstra,</p>"));

  // The preview in the staff app: the suggested columns and the first letter's block.
  const auto preview = staff_request(port, admin, "GET", "/api/admin/forums/energie/letters/address");
  BOOST_TEST_REQUIRE(preview.status == 200, preview.body);
  const json answer = preview.json_body();
  BOOST_TEST(answer["suggested"] == true);
  BOOST_TEST(answer["roles"] == json::parse(R"({"given_name": "voornaam", "prefix": "tussenvoegsel",
      "surname": "achternaam", "street": "straat", "house_number": "huisnummer", "house_letter": "huisletter",
      "addition": null, "postcode": "postcode", "place": "woonplaats"})"));
  BOOST_TEST(answer["missing"] == json::array());
  BOOST_TEST(answer["sign_up_url"] == public_url + "/f/energie");
  BOOST_TEST_REQUIRE(answer["example"]["lines"].size() == 3u);
  const auto first_line = answer["example"]["lines"][0].get<std::string>();
  BOOST_TEST(answer["example"]["greeting"] == "Beste " + first_line + ",");
  std::string joined;
  for (const auto& line : answer["example"]["lines"]) joined += (joined.empty() ? "" : " / ") + line.get<std::string>();
  BOOST_TEST(expected.count(joined) == 1u, joined);
  for (const auto& value : never_printed) BOOST_TEST(preview.body.find(value) == std::string::npos, value);
}

BOOST_AUTO_TEST_CASE(an_explicit_mapping_prints_exactly_the_chosen_columns) {
  StaffDatabase db("http_forum_letters_mapping");
  ServerProcess server({"serve", "--port", "0", "--public-url", public_url}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = drawn_forum(port);

  // Initials instead of first names, and no house letter: the letter shows just that.
  const std::string mapping =
      "given_name=voorletters&prefix=tussenvoegsel&surname=achternaam&street=straat&house_number=huisnummer"
      "&house_letter=&addition=&postcode=postcode&place=woonplaats";
  const auto letters =
      staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html?language=fy&" + mapping);
  BOOST_TEST_REQUIRE(letters.status == 200, letters.body);
  const std::multiset<std::string> expected = {"S. de Vries / Tsjerkestrjitte 12 / 8701 AB Snits",
                                               "A.J. Hoekstra / Marktstrjitte 3 / 8702 CD Boalsert",
                                               "W. van der Meer / Dyk 140 / 8703 EF Wommels"};
  BOOST_TEST(address_blocks(letters.body) == expected, boost::test_tools::per_element());
  for (const auto& name : {"Sjoerd", "Áltsje", "Wytse"}) BOOST_TEST(!letters.has(name), name);
  BOOST_TEST(letters.has("<p>Bêste S. de Vries,</p>"));

  // Without a first name, the surname's prefix starts the line with a capital, as Dutch writes it.
  const auto surname_only = staff_request(port, admin, "GET",
      "/api/admin/forums/energie/letters.html?prefix=tussenvoegsel&surname=achternaam&street=straat"
      "&house_number=huisnummer&postcode=postcode&place=woonplaats");
  BOOST_TEST_REQUIRE(surname_only.status == 200, surname_only.body);
  BOOST_TEST(address_blocks(surname_only.body).count("Van der Meer / Dyk 140 / 8703 EF Wommels") == 1u);
  // "Beste De Vries" is no Dutch greeting: without a first name or initials it stays neutral.
  BOOST_TEST(surname_only.has("<p>Beste bewoner,</p>"));
  BOOST_TEST(!surname_only.has("Beste De Vries"));
  BOOST_TEST(!surname_only.has("Tsjerkestrjitte 12A"));  // the house letter was not chosen

  // No name at all: a neutral greeting, the address only.
  const auto address_only = staff_request(port, admin, "GET",
      "/api/admin/forums/energie/letters.html?street=straat&house_number=huisnummer&postcode=postcode&place=woonplaats");
  BOOST_TEST_REQUIRE(address_only.status == 200, address_only.body);
  BOOST_TEST(address_blocks(address_only.body).count("Marktstrjitte 3 / 8702 CD Boalsert") == 1u);
  BOOST_TEST(address_only.has("<p>Beste bewoner,</p>"));

  // The preview follows the same mapping.
  const auto preview =
      staff_request(port, admin, "GET", "/api/admin/forums/energie/letters/address?" + mapping);
  BOOST_TEST_REQUIRE(preview.status == 200, preview.body);
  BOOST_TEST(preview.json_body()["suggested"] == false);
  BOOST_TEST(preview.json_body()["roles"]["house_letter"].is_null());
  BOOST_TEST(preview.json_body()["roles"]["given_name"] == "voorletters");

  // Refused rather than printed otherwise: no street chosen, an unknown column, a column twice, the
  // old free-form parameter.
  const auto no_street = staff_request(port, admin, "GET",
      "/api/admin/forums/energie/letters.html?given_name=voornaam&street=&house_number=huisnummer&postcode=postcode&place=woonplaats");
  BOOST_TEST(no_street.status == 422);
  BOOST_TEST(error_code(no_street) == "no_address_columns");
  BOOST_TEST(no_street.has("straat"), no_street.body);  // names the roles that are missing, in Dutch
  const auto no_street_preview = staff_request(port, admin, "GET",
      "/api/admin/forums/energie/letters/address?given_name=voornaam&house_number=huisnummer&postcode=postcode&place=woonplaats");
  BOOST_TEST_REQUIRE(no_street_preview.status == 200, no_street_preview.body);
  BOOST_TEST(no_street_preview.json_body()["missing"] == json::parse(R"(["street"])"));
  BOOST_TEST(no_street_preview.json_body()["example"].is_null());
  BOOST_TEST(error_code(staff_request(port, admin, "GET",
                                      "/api/admin/forums/energie/letters.html?street=geboortedatum2&house_number=huisnummer"
                                      "&postcode=postcode&place=woonplaats")) == "invalid_option");
  BOOST_TEST(error_code(staff_request(port, admin, "GET",
                                      "/api/admin/forums/energie/letters.html?street=straat&house_number=straat"
                                      "&postcode=postcode&place=woonplaats")) == "invalid_option");
  BOOST_TEST(error_code(staff_request(port, admin, "GET",
                                      "/api/admin/forums/energie/letters.html?address=voornaam,geboortedatum")) ==
             "invalid_option");
}

BOOST_AUTO_TEST_CASE(letters_carry_the_configured_public_address_never_the_host_header) {
  StaffDatabase db("http_forum_letters_public_url");
  {
    // A trailing slash is dropped: the address is printed as residents type it.
    ServerProcess server({"serve", "--port", "0", "--public-url", public_url + "/"}, server_environment(db.url));
    const auto port = server.port();
    const Login admin = drawn_forum(port);
    RequestOptions options;
    options.headers = {{"Cookie", admin.cookie}, {"Host", "inloggen-gemeente.example:8080"}};
    const auto letters = request(port, "GET", "/api/admin/forums/energie/letters.html", "", options);
    BOOST_TEST_REQUIRE(letters.status == 200, letters.body);
    BOOST_TEST(letters.has(">" + public_url + "/f/energie<"), letters.body);
    BOOST_TEST(!letters.has("inloggen-gemeente"));
    BOOST_TEST(!letters.has("127.0.0.1"));
  }
  {
    // The same through the environment.
    auto variables = server_environment(db.url);
    variables["MIENSKIP_PUBLIC_URL"] = "https://mienskip.example.nl/burgerforum";
    ServerProcess server({"serve", "--port", "0"}, variables);
    const auto port = server.port();
    const Login admin = log_in(port, admin_email, admin_password);
    const auto letters = staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html");
    BOOST_TEST_REQUIRE(letters.status == 200, letters.body);
    BOOST_TEST(letters.has(">https://mienskip.example.nl/burgerforum/f/energie<"));
  }
  {
    // Not configured: as before, the address staff reached the server by (docs/burgerforum.md);
    // the preview says no public address is configured, so the staff app can warn.
    ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
    const auto port = server.port();
    const Login admin = log_in(port, admin_email, admin_password);
    RequestOptions options;
    options.headers = {{"Cookie", admin.cookie}, {"Host", "burgerforum.example.org"}};
    const auto letters = request(port, "GET", "/api/admin/forums/energie/letters.html", "", options);
    BOOST_TEST_REQUIRE(letters.status == 200, letters.body);
    BOOST_TEST(letters.has(">https://burgerforum.example.org/f/energie<"), letters.body);
    const auto preview = staff_request(port, admin, "GET", "/api/admin/forums/energie/letters/address");
    BOOST_TEST_REQUIRE(preview.status == 200, preview.body);
    BOOST_TEST(preview.json_body()["sign_up_url"].is_null());
  }
  // A public address that is no web address stops the server with a message naming the option.
  std::string output;
  auto variables = server_environment(db.url);
  BOOST_TEST(run_mienskip({"serve", "--port", "0", "--public-url", "burgerforum.example.nl"}, variables, output) != 0);
  BOOST_TEST(output.find("--public-url") != std::string::npos, output);
}

BOOST_AUTO_TEST_CASE(the_letters_say_what_staff_wrote_in_each_language) {
  StaffDatabase db("http_forum_letters_texts");
  ServerProcess server({"serve", "--port", "0", "--public-url", public_url}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = drawn_forum(port);
  const std::string texts = "/api/admin/forums/energie/letters/texts";

  // Before staff write anything: the default texts, whose lines about facts not filled in are left out.
  const auto defaults = staff_request(port, admin, "GET", texts);
  BOOST_TEST_REQUIRE(defaults.status == 200, defaults.body);
  BOOST_TEST(defaults.json_body()["saved"] == false);
  BOOST_TEST(defaults.json_body()["texts"]["nl"]["body"].get<std::string>().find("{antwoorddatum}") != std::string::npos);
  BOOST_TEST(defaults.json_body()["defaults"]["fy"] == defaults.json_body()["texts"]["fy"]);
  const auto plain = staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html?language=nl");
  BOOST_TEST_REQUIRE(plain.status == 200, plain.body);
  BOOST_TEST(plain.has("Wilt u meedoen? Meld u dan aan op de website hieronder, met uw persoonlijke code.</p>"));
  BOOST_TEST(!plain.has("Dat kan tot en met"));
  BOOST_TEST(!std::regex_search(plain.body, std::regex("\\{[a-z]+\\}")));  // no placeholder printed

  // Staff fill in the facts and correct the Frisian; the English stays the default.
  const json body = {
      {"facts", {{"reply_by", "2027-01-15"}, {"phone", "14 0515"}, {"email", "burgerforum@sudwestfryslan.nl"},
                 {"meetings", {"2027-03-20", "2027-03-06"}}, {"allowance_euros", 150}}},
      {"texts", {{"fy", {{"forum_name", "Boargerforum Ôffal"},
                         {"body", "Jo binne útnoege foar it {forum}.\n\nMeld jo oan foar {antwoorddatum}. <script>x</script>"},
                         {"signature", "De boargemaster fan {gemeente}"}}}}}};
  const auto saved = staff_request(port, admin, "PUT", texts, body.dump());
  BOOST_TEST_REQUIRE(saved.status == 200, saved.body);
  BOOST_TEST(saved.json_body()["saved"] == true);
  BOOST_TEST(saved.json_body()["facts"]["meetings"] == json::parse(R"(["2027-03-06", "2027-03-20"])"));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.letter_texts_changed' "
                                  "AND subject = 'forum:energie' AND details->'facts'->>'phone' = '14 0515'") == 1);

  const auto frisian = staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html?language=fy");
  BOOST_TEST_REQUIRE(frisian.status == 200, frisian.body);
  BOOST_TEST(frisian.has("<h1>Boargerforum Ôffal</h1>"));
  BOOST_TEST(frisian.has("<p>Jo binne útnoege foar it Boargerforum Ôffal.</p>"));
  BOOST_TEST(frisian.has("<p>Meld jo oan foar freed 15 jannewaris 2027. &lt;script&gt;x&lt;/script&gt;</p>"));
  BOOST_TEST(!frisian.has("<script>"));
  BOOST_TEST(frisian.has("De boargemaster fan {gemeente}"));  // a signature is text, not a template
  expect_nothing_else(frisian);

  const auto dutch = staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html?language=nl");
  BOOST_TEST(dutch.has("Het forum komt bijeen op zaterdag 6 maart 2027 en zaterdag 20 maart 2027. "
                       "U krijgt een vergoeding van € 150 per bijeenkomst.</p>"));
  BOOST_TEST(dutch.has("Dat kan tot en met vrijdag 15 januari 2027."));
  BOOST_TEST(dutch.has("Bel ons op 14 0515"));

  const auto english = staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html?language=en");
  BOOST_TEST_REQUIRE(english.status == 200, english.body);
  BOOST_TEST(english.has("<html lang=\"en\">"));
  BOOST_TEST(english.has("<p>Dear Sjoerd de Vries,</p>"));
  BOOST_TEST(english.has("You can do so until Friday 15 January 2027."));
  BOOST_TEST(english.has("Your personal code:"));
  expect_nothing_else(english);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.invitations_downloaded' "
                                  "AND details->>'format' = 'letters_en'") == 1);
}

BOOST_AUTO_TEST_CASE(a_text_with_a_problem_is_refused_per_field_and_changes_nothing) {
  StaffDatabase db("http_forum_letters_refused");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = forum_with_register(port, brp_extract);  // texts can be written before the draw
  const std::string texts = "/api/admin/forums/energie/letters/texts";
  const json good = {{"facts", {{"phone", "0515 489000"}}}};
  BOOST_TEST_REQUIRE(staff_request(port, admin, "PUT", texts, good.dump()).status == 200);

  const json bad = {{"facts", {{"phone", "bel ons"}, {"reply_by", "2027-02-30"}}},
                    {"texts", {{"nl", {{"body", "Tot {datum}."}}}, {"de", {{"body", "Hallo"}}}}}};
  const auto refused = staff_request(port, admin, "PUT", texts, bad.dump());
  BOOST_TEST(refused.status == 422);
  BOOST_TEST(error_code(refused) == "invalid_letter_texts");
  std::set<std::string> fields;
  const json answer = refused.json_body();
  for (const auto& field : answer["error"]["fields"]) {
    fields.insert(field["field"].get<std::string>() + " " + field["code"].get<std::string>());
  }
  const std::set<std::string> expected = {"facts.phone invalid_phone", "facts.reply_by invalid_date",
                                          "texts.nl.body unknown_placeholder", "texts.de unknown_language"};
  BOOST_TEST(fields == expected, boost::test_tools::per_element());
  BOOST_TEST(staff_request(port, admin, "GET", texts).json_body()["facts"]["phone"] == "0515 489000");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.letter_texts_changed'") == 1);

  // The preview says which lines a letter would lose, and saves nothing.
  const json draft = {{"texts", {{"en", {{"body", "Hello {forum}.\nUntil {antwoorddatum}.\nCall {telefoon}."}}}}}};
  const auto preview = staff_request(port, admin, "POST", texts + "/preview", draft.dump());
  BOOST_TEST_REQUIRE(preview.status == 200, preview.body);
  BOOST_TEST(preview.json_body()["texts"]["en"]["paragraphs"] == json::parse(R"(["Hello Burgerforum Energie."])"));
  BOOST_TEST(preview.json_body()["texts"]["en"]["left_out"] ==
             json::parse(R"(["Until {antwoorddatum}.", "Call {telefoon}."])"));
  BOOST_TEST(error_code(staff_request(port, admin, "POST", texts + "/preview", bad.dump())) == "invalid_letter_texts");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.letter_texts_changed'") == 1);
  BOOST_TEST(error_code(staff_request(port, admin, "PUT", texts, "[1, 2")) == "invalid_json");
  BOOST_TEST(staff_request(port, std::nullopt, "GET", texts).status == 401);
}

BOOST_AUTO_TEST_CASE(each_letter_carries_a_qr_code_that_opens_the_sign_up_page_with_its_code) {
  StaffDatabase db("http_forum_letters_qr");
  ServerProcess server({"serve", "--port", "0", "--public-url", public_url}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = drawn_forum(port);

  for (const std::string language : {"nl", "fy", "en"}) {
    const auto letters = staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html?language=" + language);
    BOOST_TEST_REQUIRE(letters.status == 200, letters.body);
    int seen = 0;
    const std::string code_start = "<span class=\"code\">", image_start = "data:image/svg+xml;base64,";
    for (auto at = letters.body.find(code_start); at != std::string::npos; at = letters.body.find(code_start, at + 1)) {
      const auto code_from = at + code_start.size();
      const std::string code = letters.body.substr(code_from, letters.body.find('<', code_from) - code_from);
      const auto image_from = letters.body.find(image_start, code_from) + image_start.size();
      std::istringstream encoded(letters.body.substr(image_from, letters.body.find('"', image_from) - image_from));
      Poco::Base64Decoder decoder(encoded);
      const std::string svg((std::istreambuf_iterator<char>(decoder)), std::istreambuf_iterator<char>());
      // The code of the letter it is printed on, in the letter's language, at the public address.
      const std::string link = mienskip::letter_sign_up_link(public_url + "/f/energie", language, code);
      BOOST_TEST(svg == mienskip::app::qr_svg(link), language << " " << link);
      ++seen;
    }
    BOOST_TEST(seen == 3, language);
  }
  BOOST_TEST(mienskip::letter_sign_up_link(public_url + "/f/energie", "nl", "K7QM-X2PA-9RTD") ==
             public_url + "/f/energie?code=K7QM-X2PA-9RTD");
  BOOST_TEST(mienskip::letter_sign_up_link(public_url + "/f/energie", "fy", "K7QM-X2PA-9RTD") ==
             public_url + "/f/energie?code=K7QM-X2PA-9RTD&lang=fy");

  // The page the code opens has it filled in, in its printed form however it was written; what
  // cannot be a code is not echoed, and nothing is checked or counted before the form is sent.
  const auto opened = request(port, "GET", "/f/energie?code=k7qm%20x2pa9rtd&lang=fy");
  BOOST_TEST_REQUIRE(opened.status == 200, opened.body);
  BOOST_TEST(opened.has("value=\"K7QM-X2PA-9RTD\""), opened.body);
  BOOST_TEST(opened.has("<html lang=\"fy\""));
  for (const std::string& hostile : std::vector<std::string>{"%3Cscript%3Ealert(1)%3C/script%3E", "K7QM-X2PA-9RT0",
                                                              std::string(5000, 'A'), "K7QM%00X2PA9RTD"}) {
    const auto page = request(port, "GET", "/f/energie?code=" + hostile);
    // A NUL in the address is refused before any page code runs; the rest is a form without a code.
    BOOST_TEST(page.status == (hostile.find("%00") == std::string::npos ? 200 : 400), hostile.substr(0, 40));
    BOOST_TEST(!page.has("<script>alert"));
    BOOST_TEST(!page.has("K7QM-X2PA-9RT0"));
    BOOST_TEST(!page.has("AAAAAAAAAAAA"));
  }
}

BOOST_AUTO_TEST_SUITE_END()
