#include "core/council_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "core/html_escape.hpp"
#include "core/netherlands_time.hpp"
#include "core/number_text.hpp"
#include "core/representativeness_words.hpp"

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

// The bins of the points distribution, as many as the longest scenario has: estimate() leaves out
// ">100" when nobody is in it, for each scenario on its own.
struct Bins {
  std::vector<std::string> labels;
  double share(const ScenarioEstimate& e, std::size_t bin) const {
    return bin < e.distribution.size() ? e.distribution[bin].weighted_share : 0.0;
  }
};

Bins distribution_bins(const Estimates& estimates) {
  Bins bins;
  for (const auto& e : estimates.scenarios) {
    for (std::size_t b = bins.labels.size(); b < e.distribution.size(); ++b)
      bins.labels.push_back(e.distribution[b].label);
  }
  return bins;
}

// "1-10" as a reader writes a range: "1–10".
std::string bin_label(const std::string& label) {
  std::string out = label;
  if (const auto dash = out.find('-'); dash != std::string::npos) out.replace(dash, 1, "\xE2\x80\x93");
  return out;
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
    out += method();
    out += response();
    out += representativeness();
    out += results();
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

  static std::string style() {
    return R"CSS(
@page { size: A4; margin: 14mm 14mm 16mm 14mm;
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 8pt sans-serif; color: #555; } }
* { box-sizing: border-box; }
html { background: #fff; }
body { margin: 0; color: #111; font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 9pt; line-height: 1.38; }
main { max-width: 182mm; margin: 0 auto; padding: 8mm 0; }
@media print { main { padding: 0; max-width: none; } }
h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 1mm; }
h2 { font-size: 12pt; margin: 4mm 0 1.5mm; padding-bottom: 0.8mm; border-bottom: 0.4mm solid #1f5f99;
  color: #1f5f99; break-after: avoid; }
h3 { font-size: 10pt; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 0 0 1.8mm; }
ul { margin: 0 0 2mm; padding-left: 5mm; }
li { margin-bottom: 0.5mm; }
.kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 8pt; color: #1f5f99; margin-bottom: 1mm; }
.meta { color: #444; }
.summary { background: #eef3f8; border-left: 1.2mm solid #1f5f99; padding: 2mm 3mm; margin-top: 3mm; break-inside: avoid; }
.summary ul { margin: 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 8.5pt; margin: 1mm 0 2mm;
  break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.8mm; }
th, td { padding: 0.35mm 1.5mm; border-bottom: 0.2mm solid #c8d1da; vertical-align: top; text-align: left; }
table.long { break-inside: auto; }
tbody { break-inside: avoid; }
tr.group th { padding-top: 1.2mm; border-bottom: 0.3mm solid #8596a8; }
table.long tbody th { font-weight: normal; }
table.long tr.group th, table.long tr.notable th { font-weight: 600; }
thead th { background: #eef3f8; border-bottom: 0.3mm solid #8596a8; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
table.bins { font-size: 8pt; }
table.bins th, table.bins td { padding-left: 0.6mm; padding-right: 0.6mm; }
table.bins thead th { font-size: 7.5pt; white-space: nowrap; }
td.chart { padding-top: 0.9mm; }
tr.notable td, tr.notable th { font-weight: 600; }
td.suppressed { color: #555; font-style: italic; }
.figures { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 2mm 4mm; margin: 1mm 0 2mm; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-size: 8.5pt; font-weight: 600; line-height: 1.25; min-height: 2.5em; }
svg { display: block; }
svg text { font-family: inherit; fill: #333; }
.note { font-size: 8.5pt; color: #444; }
.keep { break-inside: avoid; }
.lead-in { break-after: avoid; }
footer { margin-top: 4mm; padding-top: 1.5mm; border-top: 0.2mm solid #c8d1da; font-size: 8pt; color: #555; }
)CSS";
  }

  std::string header() const {
    std::string kicker = "Rapport voor de gemeenteraad";
    if (!facts_.municipality.empty()) kicker += " \xC2\xB7 gemeente " + esc(facts_.municipality);
    std::string meta = "Uitkomsten van de vragenlijst onder inwoners \xC2\xB7 " +
                       number(static_cast<double>(facts_.responses), 0) + " antwoorden";
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
    out += "<li>" + number(static_cast<double>(facts_.responses), 0) +
           " inwoners vulden de vragenlijst in; de uitkomsten zijn gewogen naar de bevolkingscijfers.</li>\n</ul>\n"
           "</section>\n";
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
           " scenario\xE2\x80\x99s: hoe meer punten, hoe belangrijker zij een scenario vinden. Een scenario 0 punten "
           "geven mocht ook. Daarna beantwoordden zij een paar vragen over zichzelf.</p>\n";
    out +=
        "<p>Wie meedoet, lijkt nooit precies op alle inwoners. Daarom zijn de antwoorden gewogen naar de "
        "bevolkingscijfers voor de vragen " +
        variable_names() +
        ". Met <i>raking</i> (stap voor stap bijstellen) krijgt elk antwoord een gewicht, zodat de gewogen "
        "antwoorden op elk van deze kenmerken verdeeld zijn als de bevolking: wie minder vaak meedeed, telt "
        "zwaarder mee. ";
    if (const auto& bounds = result_.options.bounds) {
      out += "De gewichten zijn begrensd tussen " + number(bounds->lower, 2) + " en " + number(bounds->upper, 2) +
             " keer het gemiddelde gewicht, zodat geen antwoord te zwaar telt. ";
    } else {
      out += "De gewichten zijn niet begrensd; het grootste is " +
             number(result_.summary.max / result_.summary.mean, 1) + " keer het gemiddelde, het kleinste " +
             number(result_.summary.min / result_.summary.mean, 1) + " keer. ";
    }
    out +=
        "Weging corrigeert alleen voor deze kenmerken: als inwoners met verschillende meningen binnen dezelfde groep "
        "niet even vaak meedoen, kan weging dat niet herstellen.</p>\n";
    out +=
        "<p>Bij elk gemiddelde staat een 95%-interval. Het geeft de onzekerheid aan doordat niet alle inwoners "
        "meededen: bij herhaling van het onderzoek valt het werkelijke gemiddelde van alle inwoners in 95 van de "
        "100 keer binnen een zo berekend interval. Verschillen die binnen die marges vallen, kunnen toeval zijn.</p>\n"
        "</section>\n";
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
             " een van de vragen waarop gewogen is niet (of koos \xE2\x80\x98Zeg ik liever niet\xE2\x80\x99); die "
             "antwoorden tellen niet mee in de gewogen resultaten. De resultaten zijn gebaseerd op " +
             number(static_cast<double>(s.ids.size()), 0) + " antwoorden.";
    }
    out += "</p>\n</section>\n";
    return out;
  }

  std::string representativeness() const {
    const auto words = representativeness_words(result_, labels_);
    std::string out =
        "<section aria-labelledby=\"representativiteit\">\n<h2 id=\"representativiteit\">Representativiteit</h2>\n"
        "<p>Lijken de deelnemers op alle inwoners? Per kenmerk staat hieronder welk deel van de antwoorden uit een "
        "groep "
        "kwam, welk deel van de inwoners tot die groep hoort en hoe groot de groep na weging meetelt.</p>\n<ul>\n";
    for (const auto& sentence : words.nl) out += "<li>" + esc(sentence) + "</li>\n";
    // A heading rather than a caption: Chromium leaves a caption behind when the table starts on a new page.
    out +=
        "</ul>\n<h3 id=\"vergelijking\">Deelnemers vergeleken met alle inwoners</h3>\n"
        "<table class=\"long\" aria-labelledby=\"vergelijking\">\n" +
        columns({52, 12, 12, 12, 12}) +
        "<thead><tr><th scope=\"col\">Groep</th><th scope=\"col\" class=\"n\">Antwoorden</th>"
        "<th scope=\"col\" class=\"n\">% antwoorden</th><th scope=\"col\" class=\"n\">% inwoners</th>"
        "<th scope=\"col\" class=\"n\">% na weging</th></tr></thead>\n";
    for (const auto& v : result_.representativeness.variables) {
      out += "<tbody>\n<tr class=\"group\"><th colspan=\"5\" scope=\"rowgroup\">" +
             esc(labels_.variable_name(v.variable, nl)) + "</th></tr>\n";
      for (const auto& c : v.categories) {
        out += std::string(noticeably_different(c) ? "<tr class=\"notable\">" : "<tr>") + "<th scope=\"row\">" +
               esc(labels_.category_label(v.variable, c.category, nl)) + "</th><td class=\"n\">" +
               number(static_cast<double>(c.respondents), 0) + "</td><td class=\"n\">" + percent(c.sample_share, 1) +
               "</td><td class=\"n\">" + percent(c.population_share, 1) + "</td><td class=\"n\">" +
               percent(c.weighted_share, 1) + "</td></tr>\n";
      }
      out += "</tbody>\n";
    }
    out +=
        "</table>\n<p class=\"note\">Vet: de groep deed duidelijk vaker of minder vaak mee dan haar aandeel in de "
        "bevolking: het verschil is ten minste " +
        number(noticeable_difference_pp, 0) + " procentpunten en ten minste " +
        percent(noticeable_relative_difference, 0) + " van dat aandeel.</p>\n</section>\n";
    return out;
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

  std::string distribution_chart(std::size_t s, const Bins& bins, double share_max) const {
    const auto& e = result_.estimates.scenarios[s];
    constexpr double width = 240, height = 104, left = 30, right = 6, top = 13, bottom = 20;
    const double plot_width = width - left - right, plot_height = height - top - bottom;
    const double bar = plot_width / static_cast<double>(bins.labels.size());
    const auto y = [&](double share) { return top + plot_height * (1 - share / share_max); };
    const std::string id = "verdeling-" + std::to_string(s + 1);

    std::string desc =
        "Staafdiagram: gewogen percentage van de inwoners per aantal punten dat zij aan dit scenario gaven. ";
    for (std::size_t i = 0; i < bins.labels.size(); ++i) {
      desc += (i ? "; " : "") + bin_label(bins.labels[i]) + " punten: " + percent(bins.share(e, i), 0);
    }
    desc += ". Gemiddeld " + number(e.weighted_mean, 1) + " punten.";

    std::string out = "<svg role=\"img\" aria-labelledby=\"" + id + "-t " + id + "-d\" width=\"100%\" viewBox=\"0 0 " +
                      coordinate(width) + " " + coordinate(height) + "\">";
    out += "<title id=\"" + id + "-t\">Verdeling van de punten voor scenario " + std::to_string(s + 1) + "</title>";
    out += "<desc id=\"" + id + "-d\">" + desc + "</desc>";
    for (double share : {0.0, share_max / 2, share_max}) {
      out += "<line x1=\"" + coordinate(left) + "\" x2=\"" + coordinate(width - right) + "\" y1=\"" +
             coordinate(y(share)) + "\" y2=\"" + coordinate(y(share)) + "\" stroke=\"" +
             (share == 0 ? "#8596a8" : "#dde3ea") + "\" stroke-width=\"0.7\"/>";
      out += "<text x=\"" + coordinate(left - 3) + "\" y=\"" + coordinate(y(share) + 2.5) +
             "\" font-size=\"7\" text-anchor=\"end\">" + percent(share, 0) + "</text>";
    }
    for (std::size_t i = 0; i < bins.labels.size(); ++i) {
      const double share = bins.share(e, i);
      const double x0 = left + bar * static_cast<double>(i);
      out += "<rect x=\"" + coordinate(x0 + 1) + "\" y=\"" + coordinate(y(share)) + "\" width=\"" +
             coordinate(bar - 2) + "\" height=\"" + coordinate(plot_height * share / share_max) +
             "\" fill=\"#1f5f99\"/>";
      // Four labels are enough to read the axis; every figure is in the table below.
      if (i == 0 || i == 1 || i == 5 || i == 10) {
        out += "<text x=\"" + coordinate(x0 + bar / 2) + "\" y=\"" + coordinate(height - bottom + 9) +
               "\" font-size=\"7\" text-anchor=\"middle\">" + bin_label(bins.labels[i]) + "</text>";
      }
    }
    out += "<text x=\"" + coordinate(left + plot_width / 2) + "\" y=\"" + coordinate(height - 3) +
           "\" font-size=\"7\" text-anchor=\"middle\">punten</text>";
    // The mean on the same axis: bin 0 holds 0 points, each next bin ten points.
    const double mean_x = left + bar + std::clamp(e.weighted_mean, 0.0, 100.0) / 10 * bar;
    out += "<line x1=\"" + coordinate(mean_x) + "\" x2=\"" + coordinate(mean_x) + "\" y1=\"" + coordinate(top - 4) +
           "\" y2=\"" + coordinate(top + plot_height) +
           "\" stroke=\"#b03a2e\" stroke-width=\"1\" stroke-dasharray=\"2 1.5\"/>";
    out += "<text x=\"" + coordinate(mean_x + 2.5) + "\" y=\"" + coordinate(top - 5) +
           "\" font-size=\"7\" fill=\"#b03a2e\">gemiddeld " + number(e.weighted_mean, 1) + "</text>";
    out += "</svg>";
    return out;
  }

  std::string results() const {
    const auto& scenarios = result_.estimates.scenarios;
    const double axis_max = mean_axis_max();
    std::string out =
        "<section aria-labelledby=\"resultaten\">\n<div class=\"keep\">\n<h2 id=\"resultaten\">Resultaten</h2>\n"
        "<p>Gemiddeld aantal punten per scenario, van de " +
        std::to_string(survey_.budget) +
        ", in de volgorde van de vragenlijst. De balk toont het gewogen gemiddelde op een schaal van 0 "
        "tot " +
        number(axis_max, 0) +
        " punten, de lijn erover het 95%-interval.</p>\n"
        "<table>\n" +
        columns({4, 33, 10, 12, 17, 11, 13}) +
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
    out += "</tbody>\n</table>\n</div>\n";

    const auto bins = distribution_bins(result_.estimates);
    double largest = 0;
    for (const auto& e : scenarios) {
      for (const auto& bin : e.distribution) largest = std::max(largest, bin.weighted_share);
    }
    const double share_max = std::max(0.1, std::ceil(largest * 10 - 1e-9) / 10);
    out +=
        "<h3>Hoe inwoners de punten verdeelden</h3>\n<p class=\"lead-in\">Per scenario het gewogen percentage van de "
        "inwoners dat het "
        "scenario 0 punten gaf, 1 tot en met 10 punten, enzovoort; de stippellijn is het gemiddelde.</p>\n"
        "<div class=\"figures\">\n";
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
      out += "<figure><figcaption>" + std::to_string(s + 1) + ". " + esc(scenario_title(s)) + "</figcaption>" +
             distribution_chart(s, bins, share_max) + "</figure>\n";
    }
    out +=
        "</div>\n<table class=\"bins\">\n<caption>Verdeling van de punten (gewogen percentage van de "
        "inwoners)</caption>\n";
    std::vector<double> widths = {30};
    for (std::size_t b = 0; b < bins.labels.size(); ++b)
      widths.push_back(70.0 / static_cast<double>(bins.labels.size()));
    out += columns(widths) + "<thead><tr><th scope=\"col\">Scenario</th>";
    for (const auto& label : bins.labels) out += "<th scope=\"col\" class=\"n\">" + bin_label(label) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
      out += "<tr><th scope=\"row\">" + std::to_string(s + 1) + ". " + esc(scenario_title(s)) + "</th>";
      for (std::size_t b = 0; b < bins.labels.size(); ++b) {
        out += "<td class=\"n\">" + percent(bins.share(scenarios[s], b), 0) + "</td>";
      }
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</div>\n</section>\n";
    return out;
  }

  std::string domains() const {
    const auto& by = result_.sample.by;
    if (by.empty()) return "";
    const auto& scenarios = result_.estimates.scenarios;
    const long minimum = result_.options.min_domain_respondents;
    // Every option of the question, in the question's order, also those nobody chose.
    std::vector<std::string> order;
    if (const auto* question = survey_.question(by)) {
      for (const auto& option : question->options) order.push_back(option.id);
    }
    for (const auto& d : result_.estimates.domains) {
      if (std::find(order.begin(), order.end(), d.domain) == order.end()) order.push_back(d.domain);
    }

    const std::string name = esc(labels_.variable_name(by, nl));
    std::string out =
        "<section aria-labelledby=\"per-groep\">\n<div class=\"keep\">\n<h2 id=\"per-groep\">Resultaten per antwoord "
        "op " +
        esc(quoted(labels_.variable_name(by, nl))) +
        "</h2>\n<p>Gewogen gemiddeld aantal punten per scenario (nummers als in de tabel hierboven). Alleen "
        "voor groepen met ten minste " +
        number(static_cast<double>(minimum), 0) + " antwoorden; bij minder is de uitkomst te onzeker.";
    double widest = 0;
    for (const auto& d : result_.estimates.domains) {
      if (d.suppressed) continue;
      for (double se : d.se) widest = std::max(widest, z95 * se);
    }
    if (widest > 0) out += " Per groep zijn de marges groter: tot \xC2\xB1" + number(widest, 1) + " punten.";
    std::vector<double> widths = {44, 11};
    for (std::size_t s = 0; s < scenarios.size(); ++s) widths.push_back(45.0 / static_cast<double>(scenarios.size()));
    out += "</p>\n<table>\n<caption>" + name + "</caption>\n" + columns(widths) +
           "<thead><tr><th scope=\"col\">Groep</th>"
           "<th scope=\"col\" class=\"n\">Antwoorden</th>";
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
      out += "<th scope=\"col\" class=\"n\"><abbr title=\"" + esc(scenario_title(s)) + "\">" + std::to_string(s + 1) +
             "</abbr></th>";
    }
    out += "</tr></thead>\n<tbody>\n<tr><th scope=\"row\">Alle inwoners</th><td class=\"n\">" +
           number(static_cast<double>(result_.sample.ids.size()), 0) + "</td>";
    for (const auto& e : scenarios) out += "<td class=\"n\">" + number(e.weighted_mean, 1) + "</td>";
    out += "</tr>\n";
    for (const auto& category : order) {
      const auto found = std::find_if(result_.estimates.domains.begin(), result_.estimates.domains.end(),
                                      [&](const DomainEstimate& d) { return d.domain == category; });
      const long respondents = found == result_.estimates.domains.end() ? 0 : found->respondents;
      out += "<tr><th scope=\"row\">" + esc(labels_.category_label(by, category, nl)) + "</th><td class=\"n\">" +
             number(static_cast<double>(respondents), 0) + "</td>";
      if (found == result_.estimates.domains.end() || found->suppressed) {
        out +=
            "<td class=\"suppressed\" colspan=\"" + std::to_string(scenarios.size()) + "\">te weinig antwoorden</td>";
      } else {
        for (double mean : found->weighted_mean) out += "<td class=\"n\">" + number(mean, 1) + "</td>";
      }
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</div>\n</section>\n";
    return out;
  }

  std::string footer() const {
    std::string out = "<footer>\n<p>Gemaakt met Mienskip";
    if (!facts_.generated_at.empty()) out += " op " + dutch_date_time_text(dutch_time(facts_.generated_at));
    out += ". Gewogen met " + std::string(result_.options.bounds ? "begrensde raking" : "raking") + " op " +
           number(static_cast<double>(result_.sample.ids.size()), 0) +
           " antwoorden, standaardfouten door linearisatie; na te rekenen met <code>mienskip survey export</code> en "
           "<code>mienskip weigh</code>.</p>\n</footer>\n";
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
