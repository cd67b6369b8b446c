// Every text the resident pages read, from a template ({{t.key}}, {{frame.key}}) or from the code
// (survey_text(lang, "key"), t.at("key")), exists in every language of its catalogue. Mustache
// renders a missing name as nothing, so without this test a forgotten Frisian text would be an
// empty label on a live page.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "app/templates/page_template.hpp"
#include "app/templates/page_texts.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"

using namespace mienskip;
using namespace mienskip::app;

namespace {

// The catalogue a template reads as `t`, by the start of its name; the frame's is `frame`.
std::string family_of_template(const std::string& name) {
  for (const auto& [prefix, family] : std::vector<std::pair<std::string, std::string>>{
           {"survey_", "survey"}, {"forum_", "forum_sign_up"}, {"verification", "verification"}}) {
    if (name.rfind(prefix, 0) == 0) return family;
  }
  return "";
}

using Uses = std::map<std::string, std::set<std::string>>;  // "family/key" -> where it is read

Uses texts_read_by_templates(const std::vector<PageFile>& templates) {
  static const std::regex tag(R"(\{\{[#^/]?\s*(t|frame)\.([A-Za-z0-9_]+)\s*\}\})");
  Uses uses;
  for (const auto& file : templates) {
    const std::string name = file.name.substr(0, file.name.find('.'));
    for (std::sregex_iterator at(file.text.begin(), file.text.end(), tag), end; at != end; ++at) {
      const std::string family = (*at)[1] == "frame" ? "frame" : family_of_template(name);
      // A template outside the families reading `t` would get no catalogue at all.
      BOOST_TEST(!family.empty(), file.name << " reads " << (*at)[0] << " but belongs to no text family");
      uses[family + "/" + (*at)[2].str()].insert(file.name);
    }
  }
  return uses;
}

// The string literals inside the call that starts at `open` (the index of its "("), so that
// text(lang, drawn ? "closed" : "not_yet") yields both names.
std::vector<std::string> literals_in_call(const std::string& code, std::size_t open) {
  std::vector<std::string> out;
  int depth = 0;
  for (std::size_t i = open; i < code.size(); ++i) {
    if (code[i] == '(') ++depth;
    if (code[i] == ')' && --depth == 0) break;
    if (code[i] == '"') {
      const auto close = code.find('"', i + 1);
      out.push_back(code.substr(i + 1, close - i - 1));
      i = close;
    }
  }
  return out;
}

// The texts the page code reads by name: its text functions' calls and t.at("key") on a catalogue.
Uses texts_read_by_code() {
  const std::map<std::string, std::string> files = {
      {"survey_page_views.cpp", "survey"}, {"survey_pages.cpp", "survey"}, {"forum_sign_up_views.cpp", "forum_sign_up"},
      {"forum_sign_up_pages.cpp", "forum_sign_up"}, {"forum_verification.cpp", "verification"}};
  static const std::regex call(R"(\b(survey_text|sign_up_text|t\.at|texts\(\w+\)\.at)\()");
  Uses uses;
  for (const auto& [file, family] : files) {
    const std::string code = test::read_text(test::source_path("server/src/web/public/" + file));
    for (std::sregex_iterator at(code.begin(), code.end(), call), end; at != end; ++at) {
      const auto open = static_cast<std::size_t>(at->position(0) + at->length(0) - 1);
      for (const auto& key : literals_in_call(code, open)) uses[family + "/" + key].insert(file);
    }
  }
  return uses;
}

// Every use whose text is missing from a language of its catalogue, as "survey/fy.json lacks
// 'key' (read by file)".
std::vector<std::string> missing_texts(const Uses& uses) {
  std::vector<std::string> missing;
  const auto& catalogues = page_catalogues();
  for (const auto& [use, where] : uses) {
    const std::string family = use.substr(0, use.find('/'));
    const std::string key = use.substr(use.find('/') + 1);
    const auto found = catalogues.find(family);
    if (found == catalogues.end()) {
      missing.push_back("no catalogue " + family + " (read by " + *where.begin() + ")");
      continue;
    }
    for (const auto& [language, texts] : found->second) {
      if (!texts.contains(key)) missing.push_back(family + "/" + language + ".json lacks '" + key + "' (read by " + *where.begin() + ")");
    }
  }
  return missing;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(page_catalogue_use)

BOOST_AUTO_TEST_CASE(every_text_a_template_reads_is_in_nl_fy_and_en) {
  const Uses uses = texts_read_by_templates(embedded_page_templates());
  // The walk must see the templates' texts at all: a regex that matches nothing proves nothing.
  BOOST_TEST_REQUIRE(uses.size() > 40u);
  BOOST_TEST(uses.count("frame/skip") == 1u);
  BOOST_TEST(uses.count("survey/review") == 1u);
  BOOST_TEST(uses.count("verification/rerun_alternates") == 1u);
  const auto missing = missing_texts(uses);
  BOOST_TEST(missing.empty(), joined(missing));
}

BOOST_AUTO_TEST_CASE(every_text_the_page_code_reads_is_in_nl_fy_and_en) {
  const Uses uses = texts_read_by_code();
  BOOST_TEST_REQUIRE(uses.size() > 30u);
  BOOST_TEST(uses.count("forum_sign_up/not_yet") == 1u);  // the second literal of a ternary
  BOOST_TEST(uses.count("survey/points_over") == 1u);
  BOOST_TEST(uses.count("verification/min_probability") == 1u);
  const auto missing = missing_texts(uses);
  BOOST_TEST(missing.empty(), joined(missing));
}

BOOST_AUTO_TEST_CASE(a_text_missing_in_one_language_is_found) {
  // The check itself, on a template that reads a text no catalogue has: it must report it.
  const Uses uses = texts_read_by_templates(
      {{"survey_extra.mustache", "<p>{{t.no_such_text}} {{t.review}}</p>"}, {"layout.mustache", "{{frame.nowhere}}"}});
  const auto missing = missing_texts(uses);
  BOOST_TEST(missing.size() == 6u, joined(missing));
  BOOST_TEST(joined(missing).find("survey/fy.json lacks 'no_such_text' (read by survey_extra.mustache)") != std::string::npos);
  BOOST_TEST(joined(missing).find("frame/en.json lacks 'nowhere' (read by layout.mustache)") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
