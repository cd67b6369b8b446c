// The letters' own words (issue 23): staff's text per language with placeholders for the facts,
// checked field by field; a line naming a fact not filled in is left out, and said.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "core/invitations/letter_text.hpp"

using namespace mienskip;
using nlohmann::json;
using std::chrono::year_month_day;

namespace {

constexpr year_month_day date(int y, unsigned m, unsigned d) {
  return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// The codes of the problems check_letter_texts finds in `body`, as "field code".
std::vector<std::string> problems(const json& body) {
  std::vector<std::string> found;
  for (const auto& error : check_letter_texts(body, "Burgerforum Afval").errors) found.push_back(error.field + " " + error.code);
  return found;
}

LetterFacts all_facts() {
  LetterFacts facts;
  facts.reply_by = date(2027, 1, 15);
  facts.phone = "14 0515";
  facts.email = "burgerforum@sudwestfryslan.nl";
  facts.meetings = {date(2027, 3, 6), date(2027, 3, 20), date(2027, 4, 3)};
  facts.allowance_euros = 150;
  return facts;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(letter_texts)

BOOST_AUTO_TEST_CASE(dates_are_written_in_the_letters_language) {
  BOOST_TEST(letter_date(date(2027, 1, 15), "nl") == "vrijdag 15 januari 2027");
  BOOST_TEST(letter_date(date(2027, 1, 15), "fy") == "freed 15 jannewaris 2027");
  BOOST_TEST(letter_date(date(2027, 1, 15), "en") == "Friday 15 January 2027");
  BOOST_TEST(letter_date(date(2027, 3, 6), "fy") == "sneon 6 maart 2027");
  BOOST_TEST(letter_date(date(2026, 12, 7), "nl") == "maandag 7 december 2026");
}

BOOST_AUTO_TEST_CASE(the_default_text_fills_in_every_fact) {
  const auto filled = fill_letter_text(default_letter_text("nl", "Burgerforum Afval"), all_facts(), "nl", "Súdwest-Fryslân");
  BOOST_TEST(filled.left_out.empty());
  BOOST_TEST(filled.paragraphs.front() ==
             "U bent door loting gekozen om mee te doen aan het Burgerforum Afval van de gemeente Súdwest-Fryslân.");
  const auto all = [&] {
    std::string text;
    for (const auto& p : filled.paragraphs) text += p + "\n";
    return text;
  }();
  BOOST_TEST(all.find("Het forum komt bijeen op zaterdag 6 maart 2027, zaterdag 20 maart 2027 en zaterdag 3 april 2027. "
                      "U krijgt een vergoeding van € 150 per bijeenkomst.") != std::string::npos);
  BOOST_TEST(all.find("Dat kan tot en met vrijdag 15 januari 2027.") != std::string::npos);
  BOOST_TEST(all.find("Bel ons op 14 0515") != std::string::npos);
  BOOST_TEST(all.find("{") == std::string::npos);
  BOOST_TEST(filled.signature == "Het college van burgemeester en wethouders");
}

BOOST_AUTO_TEST_CASE(a_line_naming_a_missing_fact_is_left_out_and_said) {
  LetterFacts facts;
  facts.phone = "0515 489000";
  const auto filled = fill_letter_text(default_letter_text("fy", "Boargerforum"), facts, "fy", "Súdwest-Fryslân");
  // Meetings, allowance, date and e-mail are not known: their lines go, the rest of the paragraph stays.
  BOOST_TEST(filled.left_out.size() == 4u);
  BOOST_TEST(filled.left_out[0] == "It forum komt byinoar op {bijeenkomsten}.");
  for (const auto& paragraph : filled.paragraphs) {
    BOOST_TEST(paragraph.find("{") == std::string::npos);
    BOOST_TEST(paragraph.find("fergoeding") == std::string::npos);
  }
  // The paragraph of the meetings is gone as a whole; the one about signing up keeps its first line.
  BOOST_TEST(filled.paragraphs.size() == 5u);
  BOOST_TEST(filled.paragraphs[2] == "Wolle jo meidwaan? Meld jo dan oan op de webside hjirûnder, mei jo persoanlike koade.");
}

BOOST_AUTO_TEST_CASE(staffs_text_is_read_and_written_back) {
  const json body = {{"facts", {{"reply_by", "2027-01-15"}, {"phone", " 14 0515 "}, {"meetings", {"2027-03-20", "2027-03-06"}},
                                {"allowance_euros", 150}}},
                     {"texts", {{"fy", {{"forum_name", "Boargerforum Ôffal"}, {"body", "Hoi {forum}!\r\n\r\nTot {antwoorddatum}."},
                                        {"signature", "De boargemaster"}}}}}};
  const auto checked = check_letter_texts(body, "Burgerforum Afval");
  BOOST_TEST_REQUIRE(checked.errors.empty());
  const auto& texts = *checked.value;
  BOOST_TEST(texts.facts.phone == "14 0515");
  BOOST_TEST((texts.facts.meetings == std::vector<year_month_day>{date(2027, 3, 6), date(2027, 3, 20)}));
  BOOST_TEST(texts.texts.at("fy").body == "Hoi {forum}!\n\nTot {antwoorddatum}.");
  BOOST_TEST(texts.texts.at("nl").forum_name == "Burgerforum Afval");  // not sent: the default
  BOOST_TEST(texts.texts.at("en").body == default_letter_text("en", "").body);
  const auto filled = fill_letter_text(texts.texts.at("fy"), texts.facts, "fy", "Súdwest-Fryslân");
  BOOST_TEST((filled.paragraphs == std::vector<std::string>{"Hoi Boargerforum Ôffal!", "Tot freed 15 jannewaris 2027."}));
  // What is written back reads back the same.
  const auto again = check_letter_texts(letter_texts_json(texts), "Burgerforum Afval");
  BOOST_TEST_REQUIRE(again.errors.empty());
  BOOST_TEST(letter_texts_json(*again.value) == letter_texts_json(texts));
}

BOOST_AUTO_TEST_CASE(every_problem_is_named_by_its_field) {
  const json body = {{"facts", {{"reply_by", "15-01-2027"}, {"phone", "bel ons"}, {"email", "geen adres"},
                                {"meetings", {"2027-02-30"}}, {"allowance_euros", -5}, {"fax", "1"}}},
                     {"texts", {{"nl", {{"body", "Tot {datum}."}}},
                                {"fy", {{"body", "Tot {antwoorddatum."}}},
                                {"en", {{"body", "  "}, {"forum_name", "a\nb"}}},
                                {"de", {{"body", "Hallo"}}}}}};
  const std::vector<std::string> expected = {
      "facts.fax unknown_field",           "facts.reply_by invalid_date",        "facts.phone invalid_phone",
      "facts.email invalid_email",         "facts.meetings[0] invalid_date",     "facts.allowance_euros invalid_allowance",
      "texts.nl.body unknown_placeholder", "texts.fy.body unclosed_placeholder", "texts.en.forum_name control_characters",
      "texts.en.body empty",               "texts.de unknown_language"};
  BOOST_TEST(problems(body) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(texts_are_bounded) {
  BOOST_TEST(problems({{"texts", {{"nl", {{"body", std::string(4001, 'a')}}}}}}) == std::vector<std::string>{"texts.nl.body too_long"});
  std::string lines;
  for (int i = 0; i < 41; ++i) lines += "regel\n";
  lines += "regel";
  BOOST_TEST(problems({{"texts", {{"nl", {{"body", lines}}}}}}) == std::vector<std::string>{"texts.nl.body too_many_lines"});
  BOOST_TEST(problems({{"texts", {{"nl", {{"body", "a\tb"}}}}}}) == std::vector<std::string>{"texts.nl.body control_characters"});
  BOOST_TEST(problems({{"facts", {{"meetings", json::array({"2027-01-01", "2027-01-01", "2027-01-01", "2027-01-01",
                                                             "2027-01-01", "2027-01-01", "2027-01-01", "2027-01-01",
                                                             "2027-01-01", "2027-01-01", "2027-01-01", "2027-01-01",
                                                             "2027-01-01"})}}}}) ==
             std::vector<std::string>{"facts.meetings too_many_meetings"});
  BOOST_TEST(problems({{"texts", {{"nl", {{"body", "{" + std::string(30, 'a') + "}"}}}}}}) ==
             std::vector<std::string>{"texts.nl.body unclosed_placeholder"});
  BOOST_TEST(problems(json::array()) == std::vector<std::string>{" not_object"});
  BOOST_TEST(problems({{"facts", {{"allowance_euros", 1.5}}}}) == std::vector<std::string>{"facts.allowance_euros invalid_allowance"});
}

BOOST_AUTO_TEST_CASE(a_closing_brace_alone_is_text) {
  const auto checked = check_letter_texts({{"texts", {{"nl", {{"body", "Een } blijft staan."}}}}}}, "Forum");
  BOOST_TEST_REQUIRE(checked.errors.empty());
  const auto filled = fill_letter_text(checked.value->texts.at("nl"), {}, "nl", "Gemeente");
  BOOST_TEST((filled.paragraphs == std::vector<std::string>{"Een } blijft staan."}));
}

BOOST_AUTO_TEST_SUITE_END()
