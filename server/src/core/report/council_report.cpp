#include "core/report/council_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "core/base/html_escape.hpp"
#include "core/base/netherlands_time.hpp"
#include "core/report/number_text.hpp"
#include "core/report/representativeness_words.hpp"

namespace mienskip {

namespace {

constexpr Language nl = Language::nl;

std::string number(double value, int decimals) { return format_number(value, decimals, nl); }
std::string percent(double share, int decimals) { return format_percent(share, decimals, nl); }
std::string quoted(const std::string& text) { return "\xE2\x80\x98" + text + "\xE2\x80\x99"; }

// SVG coordinates: plain decimals with a point, whatever the language of the text.
std::string coordinate(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// "a, b en c"
std::string dutch_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " en " : ", ";
    out += items[i];
  }
  return out;
}

// A period of answering: "van 25 november tot en met 20 december 2026", or one day.
std::string period_text(const CouncilReportFacts& facts) {
  if (facts.first_response.empty()) return "";
  const auto first = dutch_time(facts.first_response);
  const auto last = dutch_time(facts.last_response);
  if (first.year == last.year && first.month == last.month && first.day == last.day) {
    return "op " + dutch_date_text(first);
  }
  std::string from = dutch_date_text(first);
  if (first.year == last.year) from = from.substr(0, from.rfind(' '));
  return "van " + from + " tot en met " + dutch_date_text(last);
}

class ReportWriter {
 public:
  ReportWriter(const Survey& survey, const WeighingResult& result, const CouncilReportFacts& facts)
      : survey_(survey), result_(result), facts_(facts), labels_(weighting_labels(survey)) {}

  std::string html() const {
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Raadsrapport: " +
        esc(survey_.title.nl) + "</title>\n<style>" + style() + "</style>\n</head>\n<body>\n<main>\n";
    out += header();
    out += summary();
    out += results();
    // Method, response and representativeness in two columns: short paragraphs and narrow tables
    // that would leave half of a full-width line empty.
    out += "<div class=\"columns\">\n";
    out += method();
    out += response();
    out += representativeness();
    out += "</div>\n";
    out += domains();
    out += footer();
    out += "</main>\n</body>\n</html>\n";
    return out;
  }

 private:
  static std::string esc(const std::string& text) { return escape_html(text); }

  std::string scenario_title(std::size_t s) const {
    const auto& id = result_.estimates.scenarios[s].scenario;
    const Scenario* scenario = survey_.scenario(id);
    return scenario && !scenario->title.nl.empty() ? scenario->title.nl : id;
  }

  // "scenario 2 ‘Inwoners doen het zelf’", escaped.
  std::string scenario_name(std::size_t s) const {
    return "scenario " + std::to_string(s + 1) + " " + esc(quoted(scenario_title(s)));
  }

  std::string variable_names() const {
    std::vector<std::string> names;
    for (const auto& m : result_.sample.margins) names.push_back(esc(quoted(labels_.variable_name(m.variable, nl))));
    return dutch_list(names);
  }

  // The weighting variable the results per domain are broken down by, if the domain question is
  // one: its representativeness is shown in the domain table, next to the results, so that its
  // (often long) category labels appear once.
  const VariableComparison* domain_comparison() const {
    const auto& by = result_.sample.by;
    if (by.empty()) return nullptr;
    for (const auto& v : result_.representativeness.variables) {
      if (v.variable == by) return &v;
    }
    return nullptr;
  }

  double mean_axis_max() const {
    double top = 0;
    for (const auto& e : result_.estimates.scenarios) top = std::max(top, e.ci95_high);
    return std::clamp(10 * std::ceil(top / 10), 10.0, std::max(10.0, static_cast<double>(survey_.budget)));
  }

  // Column widths in percent of the table, so long labels wrap instead of widening the page.
  static std::string columns(const std::vector<double>& percents) {
    std::string out = "<colgroup>";
    for (double p : percents) out += "<col style=\"width: " + coordinate(p) + "%\">";
    return out + "</colgroup>\n";
  }

  // One A4 page: every size below was tried by printing the Súdwest-Fryslân report (six long
  // scenario names, four weighting variables, eight areas) with chromium. Text stays at 8.5pt,
  // table figures at 8pt.
  static std::string style() {
    return R"CSS(
@page { size: A4 portrait; margin: 7mm 10mm 7mm 10mm; }
* { box-sizing: border-box; }
html { background: #fff; }
body { margin: 0; color: #111; font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 8.5pt; line-height: 1.22; }
main { max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
@media print { main { padding: 0; max-width: none; } }
h1 { font-size: 14pt; line-height: 1.15; margin: 0.3mm 0 0.6mm; }
h2 { font-size: 10pt; line-height: 1.2; margin: 2mm 0 0.8mm; padding-bottom: 0.4mm; border-bottom: 0.35mm solid #1f5f99;
  color: #1f5f99; break-after: avoid; }
h3 { font-size: 8.5pt; margin: 1.6mm 0 0.4mm; break-after: avoid; }
p { margin: 0 0 1.1mm; }
ul { margin: 0 0 1.1mm; padding-left: 3.6mm; }
li { margin-bottom: 0.2mm; }
.kicker { text-transform: uppercase; letter-spacing: 0.05em; font-size: 7.5pt; color: #1f5f99; margin: 0; }
.meta { color: #444; margin: 0; }
.summary { background: #eef3f8; border-left: 1mm solid #1f5f99; padding: 1mm 2.5mm 1.2mm; margin-top: 1.8mm;
  break-inside: avoid; }
.summary h2 { border: 0; margin: 0 0 0.3mm; padding: 0; }
.summary ul { margin: 0; }
.columns { column-count: 2; column-gap: 6mm; }
/* A sentence split over the two columns reads as two broken ones. */
.columns p, .columns li { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 8pt; line-height: 1.14;
  margin: 0.4mm 0 1.1mm; break-inside: avoid; font-stretch: condensed; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.4mm; }
th, td { padding: 0.25mm 1mm; border-bottom: 0.2mm solid #c8d1da; vertical-align: top; text-align: left; }
table.long { break-inside: auto; }
tbody { break-inside: avoid; }
tr.group th { padding-top: 0.8mm; border-bottom: 0.3mm solid #8596a8; font-weight: 600; }
tbody th { font-weight: normal; }
thead th { background: #eef3f8; border-bottom: 0.3mm solid #8596a8; font-weight: 600; vertical-align: bottom;
  font-size: 7.5pt; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
table.results td { vertical-align: middle; }
td.chart { padding-top: 0.4mm; padding-bottom: 0.4mm; }
tr.notable td, tr.notable th { font-weight: 600; }
td.suppressed { color: #555; font-style: italic; }
svg { display: block; }
abbr { text-decoration: none; }
.note { color: #444; }
footer { margin-top: 1mm; padding-top: 0.8mm; border-top: 0.2mm solid #c8d1da; font-size: 7.5pt; color: #555; }
footer p { margin: 0; }
)CSS";
  }

  std::string header() const {
    std::string kicker = "Rapport voor de gemeenteraad";
    if (!facts_.municipality.empty()) kicker += " \xC2\xB7 gemeente " + esc(facts_.municipality);
    std::string meta = number(static_cast<double>(facts_.responses), 0) + " antwoorden van inwoners";
    if (!facts_.first_response.empty()) meta += ", " + period_text(facts_);
    if (!facts_.generated_at.empty())
      meta += " \xC2\xB7 gemaakt op " + dutch_date_time_text(dutch_time(facts_.generated_at));
    return "<header>\n<p class=\"kicker\">" + kicker + "</p>\n<h1>" + esc(survey_.title.nl) +
           "</h1>\n<p class=\"meta\">" + meta + "</p>\n</header>\n";
  }

  std::string summary() const {
    const auto& scenarios = result_.estimates.scenarios;
    if (scenarios.empty()) return "";
    std::vector<std::size_t> order(scenarios.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return scenarios[a].weighted_mean > scenarios[b].weighted_mean;
    });
    const std::size_t top = order.front();
    std::string out = "<section class=\"summary\" aria-labelledby=\"kort\">\n<h2 id=\"kort\">In het kort</h2>\n<ul>\n";
    out += "<li>Inwoners gaven gemiddeld de meeste punten aan " + scenario_name(top) + ": " +
           number(scenarios[top].weighted_mean, 1) + " van de " + std::to_string(survey_.budget) + " punten (gewogen).";
    if (order.size() > 1) {
      const std::size_t second = order[1];
      out +=
          " Daarna volgt " + scenario_name(second) + " met " + number(scenarios[second].weighted_mean, 1) + " punten";
      // The pair as the estimates give it (a before b in scenario order): its 95% interval.
      const auto& top_id = scenarios[top].scenario;
      const auto& second_id = scenarios[second].scenario;
      const auto& pairs = result_.estimates.pairwise;
      const auto pair = std::find_if(pairs.begin(), pairs.end(), [&](const ScenarioDifference& d) {
        return (d.a == top_id && d.b == second_id) || (d.a == second_id && d.b == top_id);
      });
      if (pair != pairs.end()) {
        const bool clear = pair->ci95_low > 0 || pair->ci95_high < 0;
        out += clear ? "; dat verschil is groter dan de onzekerheid." : "; dat verschil is zo klein dat het toeval kan zijn.";
      } else {
        out += ".";
      }
    }
    out += "</li>\n";
    if (order.size() > 2) {
      const std::size_t bottom = order.back();
      out += "<li>De minste punten gingen naar " + scenario_name(bottom) + ": " +
             number(scenarios[bottom].weighted_mean, 1) + " punten.</li>\n";
    }
    out += "</ul>\n</section>\n";
    return out;
  }

  std::string method() const {
    const std::string who = facts_.municipality.empty() ? "de gemeente" : esc(facts_.municipality);
    std::string out = "<section aria-labelledby=\"methode\">\n<h2 id=\"methode\">Methode</h2>\n<p>";
    out += facts_.invitation_codes
               ? "Inwoners van " + who +
                     " kregen een uitnodiging met een persoonlijke code; met die code kon ieder "
                     "\xC3\xA9\xC3\xA9n keer meedoen. "
               : "Iedere inwoner van " + who + " kon de vragenlijst invullen; er waren geen persoonlijke codes. ";
    out += "Zij verdeelden " + std::to_string(survey_.budget) + " punten over " +
           std::to_string(survey_.scenarios.size()) +
           " scenario\xE2\x80\x99s (hoe belangrijker, hoe meer punten; 0 mocht ook) en beantwoordden een paar vragen "
           "over zichzelf.</p>\n<p>Omdat wie meedoet nooit precies op alle inwoners lijkt, zijn de antwoorden met "
           "<i>raking</i> gewogen naar de bevolkingscijfers voor " +
           variable_names() + ": wie minder vaak meedeed, telt zwaarder mee. ";
    if (const auto& bounds = result_.options.bounds) {
      out += "De gewichten zijn begrensd tussen " + number(bounds->lower, 2) + " en " + number(bounds->upper, 2) +
             " keer het gemiddelde gewicht. ";
    } else {
      out += "De gewichten zijn niet begrensd (" + number(result_.summary.min / result_.summary.mean, 1) + " tot " +
             number(result_.summary.max / result_.summary.mean, 1) + " keer het gemiddelde). ";
    }
    out +=
        "Weging corrigeert alleen voor deze kenmerken. Het 95%-interval toont de onzekerheid doordat niet alle "
        "inwoners meededen; verschillen binnen die marges kunnen toeval zijn.</p>\n</section>\n";
    return out;
  }

  std::string response() const {
    const auto& s = result_.sample;
    std::string out = "<section aria-labelledby=\"respons\">\n<h2 id=\"respons\">Respons</h2>\n<p>";
    out += number(static_cast<double>(facts_.responses), 0) + " inwoners vulden de vragenlijst in";
    if (!facts_.first_response.empty()) out += ", " + period_text(facts_);
    out += ". ";
    if (s.dropped_ids.empty()) {
      out += "Alle antwoorden tellen mee in de gewogen resultaten.";
    } else {
      out += number(static_cast<double>(s.dropped_ids.size()), 0) +
             (s.dropped_ids.size() == 1 ? " inwoner beantwoordde" : " inwoners beantwoordden") +
             " een vraag waarop gewogen is niet (of \xE2\x80\x98Zeg ik liever niet\xE2\x80\x99) en telt niet mee: de "
             "resultaten zijn gebaseerd op " +
             number(static_cast<double>(s.ids.size()), 0) + " antwoorden.";
    }
    out += "</p>\n</section>\n";
    return out;
  }

  std::string representativeness() const {
    // One category sentence: the table shows every group, the largest differences in bold.
    const auto words = representativeness_words(result_, labels_, 1);
    const VariableComparison* in_domain_table = domain_comparison();
    std::string out =
        "<section aria-labelledby=\"representativiteit\">\n<h2 id=\"representativiteit\">Representativiteit</h2>\n"
        "<ul>\n";
    for (const auto& sentence : words.nl) out += "<li>" + esc(sentence) + "</li>\n";
    // A heading rather than a caption: Chromium leaves a caption behind when the table starts on a new page.
    out +=
        "</ul>\n<h3 class=\"table-title\" id=\"vergelijking\">Deelnemers vergeleken met alle inwoners</h3>\n"
        "<table class=\"long\" aria-labelledby=\"vergelijking\">\n" +
        columns({44, 13, 14, 14, 15}) + "<thead><tr><th scope=\"col\">Groep</th>" + comparison_headers(true) +
        "</tr></thead>\n";
    for (const auto& v : result_.representativeness.variables) {
      if (&v == in_domain_table) continue;
      out += "<tbody>\n<tr class=\"group\"><th colspan=\"5\" scope=\"rowgroup\">" +
             esc(labels_.variable_name(v.variable, nl)) + "</th></tr>\n";
      for (const auto& c : v.categories) out += comparison_row(v, c);
      out += "</tbody>\n";
    }
    out +=
        "</table>\n<p class=\"note\">Aantal antwoorden; % van de antwoorden, % van de inwoners en % na weging. Vet: "
        "de groep deed duidelijk vaker of minder vaak mee (ten minste " +
        number(noticeable_difference_pp, 0) + " procentpunten en " + percent(noticeable_relative_difference, 0) +
        " van haar aandeel).";
    if (in_domain_table) {
      out += " " + esc(quoted(labels_.variable_name(in_domain_table->variable, nl))) + ": zie de tabel per groep.";
    }
    out += "</p>\n</section>\n";
    return out;
  }

  // A category's row: its label, then antwoorden, % antwoorden, % inwoners and % na weging.
  std::string comparison_row(const VariableComparison& v, const CategoryComparison& c) const {
    return std::string(noticeably_different(c) ? "<tr class=\"notable\">" : "<tr>") + "<th scope=\"row\">" +
           esc(labels_.category_label(v.variable, c.category, nl)) + "</th>" + comparison_cells(c, true) + "</tr>\n";
  }

  static std::string comparison_headers(bool with_respondents) {
    return std::string(with_respondents ? "<th scope=\"col\" class=\"n\">Aantal</th>" : "") +
           "<th scope=\"col\" class=\"n\"><abbr title=\"% van de antwoorden\">% antw.</abbr></th>"
           "<th scope=\"col\" class=\"n\"><abbr title=\"% van de inwoners\">% inw.</abbr></th>"
           "<th scope=\"col\" class=\"n\">% na weging</th>";
  }

  static std::string comparison_cells(const CategoryComparison& c, bool with_respondents) {
    std::string out;
    if (with_respondents) out += "<td class=\"n\">" + number(static_cast<double>(c.respondents), 0) + "</td>";
    return out + "<td class=\"n\">" + percent(c.sample_share, 1) + "</td><td class=\"n\">" +
           percent(c.population_share, 1) + "</td><td class=\"n\">" + percent(c.weighted_share, 1) + "</td>";
  }

  std::string mean_chart(std::size_t s, double axis_max) const {
    const auto& e = result_.estimates.scenarios[s];
    constexpr double width = 150, height = 18, pad = 2;
    const auto x = [&](double value) { return pad + std::clamp(value, 0.0, axis_max) / axis_max * (width - 2 * pad); };
    const std::string id = "gemiddelde-" + std::to_string(s + 1);
    std::string out = "<svg role=\"img\" aria-labelledby=\"" + id + "-t " + id + "-d\" width=\"100%\" viewBox=\"0 0 " +
                      coordinate(width) + " " + coordinate(height) + "\">";
    out += "<title id=\"" + id + "-t\">Gemiddeld aantal punten voor scenario " + std::to_string(s + 1) + "</title>";
    out += "<desc id=\"" + id + "-d\">Gewogen gemiddelde " + number(e.weighted_mean, 1) + " punten, 95%-interval " +
           number(e.ci95_low, 1) + " tot " + number(e.ci95_high, 1) + ", op een schaal van 0 tot " +
           number(axis_max, 0) + " punten.</desc>";
    out += "<line x1=\"" + coordinate(x(0)) + "\" y1=\"2\" x2=\"" + coordinate(x(0)) +
           "\" y2=\"16\" stroke=\"#8596a8\" stroke-width=\"0.8\"/>";
    out += "<rect x=\"" + coordinate(x(0)) + "\" y=\"4\" width=\"" + coordinate(x(e.weighted_mean) - x(0)) +
           "\" height=\"10\" fill=\"#9dbbd8\"/>";
    const std::string low = coordinate(x(e.ci95_low)), high = coordinate(x(e.ci95_high));
    out += "<g stroke=\"#111\" stroke-width=\"1.4\"><line x1=\"" + low + "\" y1=\"9\" x2=\"" + high +
           "\" y2=\"9\"/><line x1=\"" + low + "\" y1=\"5\" x2=\"" + low + "\" y2=\"13\"/><line x1=\"" + high +
           "\" y1=\"5\" x2=\"" + high + "\" y2=\"13\"/></g>";
    out += "</svg>";
    return out;
  }

  std::string results() const {
    const auto& scenarios = result_.estimates.scenarios;
    const double axis_max = mean_axis_max();
    std::string out =
        "<section aria-labelledby=\"resultaten\">\n<h2 id=\"resultaten\">Resultaten</h2>\n"
        "<p>Gemiddeld aantal punten per scenario, van de " +
        std::to_string(survey_.budget) +
        ", in de volgorde van de vragenlijst. In de grafiek is de balk het gewogen gemiddelde op een schaal van 0 tot " +
        number(axis_max, 0) + " punten en de zwarte lijn het 95%-interval.</p>\n<table class=\"results\">\n" +
        columns({3, 42, 9, 11.5, 15.5, 9.5, 9.5}) +
        "<thead><tr><th scope=\"col\" class=\"n\">#</th><th scope=\"col\">Scenario</th>"
        "<th scope=\"col\" class=\"n\">Gewogen gemiddelde</th><th scope=\"col\" class=\"n\">95%-interval</th>"
        "<th scope=\"col\">Grafiek</th><th scope=\"col\" class=\"n\">Ongewogen gemiddelde</th>"
        "<th scope=\"col\" class=\"n\">Gaf punten (gewogen)</th></tr></thead>\n<tbody>\n";
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
      const auto& e = scenarios[s];
      out += "<tr><td class=\"n\">" + std::to_string(s + 1) + "</td><th scope=\"row\">" + esc(scenario_title(s)) +
             "</th><td class=\"n\">" + number(e.weighted_mean, 1) + "</td><td class=\"n\">" + number(e.ci95_low, 1) +
             " \xE2\x80\x93 " + number(e.ci95_high, 1) + "</td><td class=\"chart\">" + mean_chart(s, axis_max) +
             "</td><td class=\"n\">" + number(e.unweighted_mean, 1) + "</td><td class=\"n\">" +
             percent(e.share_any_weighted, 0) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
    return out;
  }

  std::string domains() const {
    const auto& by = result_.sample.by;
    if (by.empty()) return "";
    const auto& scenarios = result_.estimates.scenarios;
    const long minimum = result_.options.min_domain_respondents;
    const VariableComparison* comparison = domain_comparison();
    // Every option of the question, in the question's order, also those nobody chose.
    std::vector<std::string> order;
    if (const auto* question = survey_.question(by)) {
      for (const auto& option : question->options) order.push_back(option.id);
    }
    for (const auto& d : result_.estimates.domains) {
      if (std::find(order.begin(), order.end(), d.domain) == order.end()) order.push_back(d.domain);
    }

    std::string out =
        "<section aria-labelledby=\"per-groep\">\n<h2 id=\"per-groep\">Resultaten per antwoord op " +
        esc(quoted(labels_.variable_name(by, nl))) + "</h2>\n<p>";
    out += comparison ? "Deelname als bij Representativiteit, dan het gewogen" : "Het gewogen";
    out += " gemiddelde per scenario (nummers als bij Resultaten), alleen voor groepen met ten minste " +
           number(static_cast<double>(minimum), 0) + " antwoorden.";
    double widest = 0;
    for (const auto& d : result_.estimates.domains) {
      if (d.suppressed) continue;
      for (double se : d.se) widest = std::max(widest, z95 * se);
    }
    if (widest > 0) out += " De marges zijn hier groter: tot \xC2\xB1" + number(widest, 1) + " punten.";
    out += "</p>\n";

    const std::size_t shares = comparison ? 3 : 0;
    std::vector<double> widths = {comparison ? 45.0 : 50.0, 6};
    for (std::size_t i = 0; i < shares; ++i) widths.push_back(7);
    const double left = 100 - std::accumulate(widths.begin(), widths.end(), 0.0);
    for (std::size_t s = 0; s < scenarios.size(); ++s) widths.push_back(left / static_cast<double>(scenarios.size()));
    out += "<table aria-labelledby=\"per-groep\">\n" + columns(widths) +
           "<thead><tr><th scope=\"col\">Groep</th><th scope=\"col\" class=\"n\">Aantal</th>";
    if (comparison) out += comparison_headers(false);
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
      out += "<th scope=\"col\" class=\"n\"><abbr title=\"" + esc(scenario_title(s)) + "\">" + std::to_string(s + 1) +
             "</abbr></th>";
    }
    out += "</tr></thead>\n<tbody>\n<tr><th scope=\"row\">Alle inwoners</th><td class=\"n\">" +
           number(static_cast<double>(result_.sample.ids.size()), 0) + "</td>";
    for (std::size_t i = 0; i < shares; ++i) out += "<td class=\"n\">" + percent(1.0, 1) + "</td>";
    for (const auto& e : scenarios) out += "<td class=\"n\">" + number(e.weighted_mean, 1) + "</td>";
    out += "</tr>\n";
    for (const auto& category : order) {
      const auto found = std::find_if(result_.estimates.domains.begin(), result_.estimates.domains.end(),
                                      [&](const DomainEstimate& d) { return d.domain == category; });
      const long respondents = found == result_.estimates.domains.end() ? 0 : found->respondents;
      const CategoryComparison* shares_of = nullptr;
      if (comparison) {
        for (const auto& c : comparison->categories) {
          if (c.category == category) shares_of = &c;
        }
      }
      const bool notable = shares_of && noticeably_different(*shares_of);
      out += std::string(notable ? "<tr class=\"notable\">" : "<tr>") + "<th scope=\"row\">" +
             esc(labels_.category_label(by, category, nl)) + "</th><td class=\"n\">" +
             number(static_cast<double>(respondents), 0) + "</td>";
      if (shares_of) {
        out += comparison_cells(*shares_of, false);
      } else {
        for (std::size_t i = 0; i < shares; ++i) out += "<td class=\"n\"></td>";
      }
      if (found == result_.estimates.domains.end() || found->suppressed) {
        out +=
            "<td class=\"suppressed\" colspan=\"" + std::to_string(scenarios.size()) + "\">te weinig antwoorden</td>";
      } else {
        for (double mean : found->weighted_mean) out += "<td class=\"n\">" + number(mean, 1) + "</td>";
      }
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
    return out;
  }

  std::string footer() const {
    std::string out = "<footer>\n<p>Gemaakt met Mienskip. Gewogen met " +
                      std::string(result_.options.bounds ? "begrensde raking" : "raking") + " op " +
                      number(static_cast<double>(result_.sample.ids.size()), 0) +
                      " antwoorden, standaardfouten door linearisatie; na te rekenen met <code>mienskip survey "
                      "export</code> en <code>mienskip weigh</code>.</p>\n</footer>\n";
    return out;
  }

  const Survey& survey_;
  const WeighingResult& result_;
  const CouncilReportFacts& facts_;
  WeightingLabels labels_;
};

}  // namespace

CouncilReportFacts council_report_facts(const std::vector<ExportedResponse>& responses, bool invitation_codes,
                                        const std::string& generated_at) {
  CouncilReportFacts facts;
  facts.invitation_codes = invitation_codes;
  facts.responses = static_cast<long>(responses.size());
  facts.generated_at = generated_at;
  for (const auto& r : responses) {
    // ISO 8601 in UTC sorts as text.
    if (facts.first_response.empty() || r.submitted_at < facts.first_response) facts.first_response = r.submitted_at;
    if (facts.last_response.empty() || r.submitted_at > facts.last_response) facts.last_response = r.submitted_at;
  }
  return facts;
}

std::string council_report_domain(const Survey& survey) { return survey.question("area") ? "area" : ""; }

std::string council_report_html(const Survey& survey, const WeighingResult& result, const CouncilReportFacts& facts) {
  return ReportWriter(survey, result, facts).html();
}

std::string council_report_file_name(const std::string& slug, const std::string& generated_at) {
  const auto day = dutch_time(generated_at);
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", day.year, day.month, day.day);
  return "raadsrapport-" + slug + "-" + date;
}

}  // namespace mienskip
