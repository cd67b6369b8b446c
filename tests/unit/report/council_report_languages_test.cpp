// The council report in Frisian and English (issue 19): the same report, every word of the
// language's templates (server/templates/council_report*.fy and *.en, over the Dutch base) and of
// the sentences core/report writes, numbers and dates as readers of the language write them.
#include <boost/test/unit_test.hpp>

#include "app/council_report_view.hpp"
#include "core/base/error.hpp"
#include "core/report/number_text.hpp"
#include "support/council_report_data.hpp"

using namespace mienskip;

namespace {

const test::EnergyWeighing& weighing() {
  static const test::EnergyWeighing value = [] {
    ResultsOptions by_area;
    by_area.sample.by = "area";
    return test::EnergyWeighing(400, by_area);
  }();
  return value;
}

// The page's visible words: the HTML without its tags, comments and style.
std::string visible_text(const std::string& html) {
  std::string text;
  bool in_tag = false;
  const auto body = html.find("<body>");
  for (std::size_t i = body; i < html.size(); ++i) {
    if (html[i] == '<') in_tag = true;
    if (!in_tag) text += html[i];
    if (html[i] == '>') {
      in_tag = false;
      text += ' ';
    }
  }
  return text;
}

// Words only Dutch writes: none may be left in the Frisian or English report.
const std::vector<std::string> dutch_only = {"inwoners", "antwoorden", "gewogen", "deelnemers", "bevolking",
                                             "waarschijnlijk", "gemiddelde per scenario", "Methode", "Groep</th>",
                                             "Aantal", "punten gingen", "verschil", "toeval", "zijn"};

// What one language's page must say, beyond the survey's own texts in that language.
struct Page {
  Language language;
  std::string html_tag;
  std::vector<std::string> headings;
  std::vector<std::string> sentences;  // the interval's assumption, the skipped question
  std::string generated_at;
};

const std::vector<Page>& pages() {
  static const std::vector<Page> value = {
      {Language::en, "<html lang=\"en\">",
       {">In brief</h2>", ">Results</h2>", ">Method</h2>", ">Response</h2>", ">Representativeness</h2>",
        ">How the points were spread</h2>", "Results per answer to"},
       {"The 95% interval shows chance variation only, and assumes that, within the groups used for weighting, "
        "those who took part think like those who did not",
        "skipped a question used for weighting or preferred not to say"},
       "20 December 2026, 10:05"},
      {Language::fy, "<html lang=\"fy\">",
       {">Koartsein</h2>", ">Resultaten</h2>", ">Metoade</h2>", ">Respons</h2>", ">Represintativiteit</h2>",
        "Hoe\xE2\x80\x99t de punten ferdield wiene", "Resultaten per antwurd op"},
       {"It 95%-ynterval lit allinnich tafalsfariaasje sjen", "sloegen in fraach oer dêr\xE2\x80\x99t op woegen is"},
       "20 desimber 2026, 10:05"},
  };
  return value;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(council_report_languages)

BOOST_AUTO_TEST_CASE(the_frisian_and_english_reports_say_the_same_in_their_language) {
  const auto& w = weighing();
  for (const Page& page : pages()) {
    BOOST_TEST_CONTEXT(page.html_tag) {
      const CouncilReport report = w.report(page.language);
      const std::string html = app::council_report_html(report);
      BOOST_TEST(html.find(page.html_tag) != std::string::npos);
      for (const auto& heading : page.headings) BOOST_TEST(html.find(heading) != std::string::npos, heading);
      for (const auto& sentence : page.sentences) BOOST_TEST(html.find(sentence) != std::string::npos, sentence);
      // Numbers and dates as the language writes them; the survey's texts in the language.
      const auto& first = w.result.estimates.scenarios.front();
      BOOST_TEST(html.find(">" + format_number(first.weighted_mean, 1, page.language) + "<") != std::string::npos);
      BOOST_TEST(report.generated_at == page.generated_at);
      BOOST_TEST(report.results.rows.front().title == w.survey.scenarios.front().title.in(page.language));
      BOOST_TEST(html.find(w.survey.scenarios.front().title.in(page.language)) != std::string::npos);
      BOOST_TEST(html.find(w.survey.demographics.front().label.in(page.language)) != std::string::npos);
      BOOST_TEST(html.find(w.survey.scenarios.front().title.nl) == std::string::npos);
      // The representativeness sentences core/report writes, in the language too.
      BOOST_TEST_REQUIRE(!report.representativeness.sentences.empty());
      for (const auto& sentence : report.representativeness.sentences) {
        BOOST_TEST(html.find(sentence) != std::string::npos, sentence);
        BOOST_TEST(sentence.find("antwoorden") == std::string::npos, sentence);
      }
      const std::string text = visible_text(html);
      for (const auto& word : dutch_only) BOOST_TEST(text.find(word) == std::string::npos, word);
    }
  }
}

// The Dutch report is the base: every number and decision is the same in each language, only the
// words and the way numbers are written differ.
BOOST_AUTO_TEST_CASE(every_language_reports_the_same_decisions) {
  const auto& w = weighing();
  const CouncilReport nl = w.report(Language::nl);
  for (const Language language : {Language::fy, Language::en}) {
    const CouncilReport other = w.report(language);
    BOOST_TEST(other.results.rows.size() == nl.results.rows.size());
    for (std::size_t s = 0; s < nl.results.rows.size(); ++s) BOOST_TEST(other.results.rows[s].rank == nl.results.rows[s].rank);
    BOOST_TEST(other.summary->means_differ == nl.summary->means_differ);
    BOOST_TEST(other.summary->also_first.size() == nl.summary->also_first.size());
    BOOST_TEST(other.representativeness.sentences.size() == nl.representativeness.sentences.size());
    BOOST_TEST(other.domains->differ.size() == nl.domains->differ.size());
    BOOST_TEST(other.response.kept == nl.response.kept);
  }
}

// Margins rescaled to one total are named on the page, in each language.
BOOST_AUTO_TEST_CASE(rescaled_margins_are_named_in_every_language) {
  Margins uneven = test::energy_margins();
  for (double& count : uneven.variables.back().population) count *= 1.02;
  const auto& w = weighing();
  const auto result = weigh_survey_responses(w.survey, w.answers, uneven, {});
  for (const auto& [language, sentence] :
       std::vector<std::pair<Language, std::string>>{
           {Language::nl, "tellen niet op tot hetzelfde totaal (tot 2,0% verschil); ze zijn herschaald naar het totaal van"},
           {Language::fy, "telle net op ta itselde totaal (oant 2,0% ferskil); se binne werskaald nei it totaal fan"},
           {Language::en, "do not add up to the same total (up to 2.0% apart); they were rescaled to the total of"}}) {
    const std::string html = app::council_report_html(council_report(w.survey, result, w.facts, language));
    BOOST_TEST(html.find(sentence) != std::string::npos, sentence);
    BOOST_TEST(app::council_report_html(w.report(language)).find(sentence) == std::string::npos, sentence);
  }
}

BOOST_AUTO_TEST_CASE(the_language_is_nl_fy_or_en) {
  BOOST_TEST((council_report_language(std::nullopt) == Language::nl));
  BOOST_TEST((council_report_language(std::string("fy")) == Language::fy));
  BOOST_TEST((council_report_language(std::string("en")) == Language::en));
  BOOST_CHECK_EXCEPTION(council_report_language(std::string("de")), Error,
                        [](const Error& e) { return e.code() == "invalid_option"; });
  BOOST_TEST(council_report_file_name("energie", "2026-12-20T09:05:00Z", Language::fy) == "riedsrapport-energie-2026-12-20");
  BOOST_TEST(council_report_file_name("energie", "2026-12-20T09:05:00Z", Language::en) == "council-report-energie-2026-12-20");
  BOOST_TEST(council_report_file_name("energie", "2026-12-20T09:05:00Z") == "raadsrapport-energie-2026-12-20");
}

BOOST_AUTO_TEST_SUITE_END()
