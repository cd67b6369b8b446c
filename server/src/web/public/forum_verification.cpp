#include "web/public/forum_verification.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "store/forum_draw.hpp"
#include "store/forum_selection.hpp"
#include "web/forum_json.hpp"
#include "web/public/html.hpp"
#include "web/public/resident_page.hpp"

namespace mienskip::web {

namespace {

using nlohmann::json;

struct Words {
  const char* lang;
  const char* title;
  const char* intro;
  const char* skip;
  const char* draw_heading;
  const char* nothing_yet;
  const char* commitment;
  const char* commitment_note;
  const char* register_hash;
  const char* register_note;
  const char* seed;
  const char* invitations;
  const char* stratum;
  const char* eligible;
  const char* whole_register;
  const char* rerun_draw;
  const char* selection_heading;
  const char* selection_running;
  const char* algorithm;
  const char* version;
  const char* input_hash;
  const char* volunteers;
  const char* panel_size;
  const char* min_probability;
  const char* files;
  const char* rerun_selection;
  const char* panel_heading;
  const char* no_panel;
  const char* number;
  const char* members;
  const char* rerun_panel;
  const char* round;
  const char* dropouts;
  const char* alternates;
  const char* rerun_alternates;
};

const Words dutch{"nl", "Verificatie", "Op deze pagina staat alles wat over de loting van dit burgerforum is gepubliceerd, "
                  "zodat iedereen kan nagaan dat de loting eerlijk is verlopen. De methode staat beschreven in "
                  "docs/lottery.md van Mienskip; met het programma mienskip kunt u elke stap zelf overdoen.",
                  "Naar de inhoud",
                  "1. De uitnodigingen", "Nog niet gepubliceerd.", "Toezegging (commitment)",
                  "Gepubliceerd voordat de seed bekend was: het legt het register en de instellingen van de loting vast.",
                  "Hash van het register",
                  "Het register zelf is niet openbaar; wie het heeft (zoals de accountant) kan de hash nagaan.",
                  "Seed (publiek getrokken)", "Uitnodigingen", "Stratum", "Inwoners", "het hele register",
                  "Zo doet u de loting van de uitnodigingen over, met het register:",
                  "2. De selectiekansen", "De selectiekansen worden nu berekend.", "Methode", "Versie",
                  "Hash van de invoer", "Vrijwilligers", "Zetels in het panel", "Kleinste selectiekans",
                  "Gepubliceerde bestanden", "Zo rekent u de selectiekansen en de 1.000 loten na:",
                  "3. Het panel", "Het panel is nog niet geloot.", "Publiek getrokken nummer", "Leden (pseudoniemen)",
                  "Zo loot u hetzelfde panel met het getrokken nummer:", "Ronde", "Afgevallen", "Vervangers",
                  "Zo trekt u de vervangers van de eerste ronde na:"};

const Words english{"en", "Verification", "This page holds everything published about the lottery of this citizens' "
                    "assembly, so that anyone can check that it was fair. The method is described in Mienskip's "
                    "docs/lottery.md; the mienskip program re-runs every step.",
                    "Skip to content",
                    "1. The invitations", "Not published yet.", "Commitment",
                    "Published before the seed was known: it fixes the register and the draw's settings.",
                    "Register hash",
                    "The register itself is not public; whoever holds it (such as the auditor) can check the hash.",
                    "Seed (drawn in public)", "Invitations", "Stratum", "Residents", "the whole register",
                    "To re-run the invitation draw, with the register:",
                    "2. The selection probabilities", "The selection probabilities are being computed.", "Method",
                    "Version", "Input hash", "Volunteers", "Seats on the panel", "Smallest selection probability",
                    "Published files", "To recompute the selection probabilities and the 1,000 tickets:",
                    "3. The panel", "The panel has not been drawn yet.", "Publicly drawn number", "Members (pseudonyms)",
                    "To draw the same panel with the drawn number:", "Round", "Dropped out", "Alternates",
                    "To check the alternates of the first round:"};

// A command line argument as a POSIX shell reads it back.
std::string shell_word(const std::string& text) {
  if (!text.empty() && text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,/=:") ==
                           std::string::npos) {
    return text;
  }
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string row(const std::string& label, const std::string& value, bool code = true) {
  return "<tr><th scope=\"row\" class=\"utrecht-table__header-cell\">" + escape_html(label) +
         "</th><td class=\"utrecht-table__cell\">" + (code ? "<code>" + escape_html(value) + "</code>" : escape_html(value)) +
         "</td></tr>\n";
}

std::string table(const std::string& rows) {
  return "<table class=\"utrecht-table\"><tbody class=\"utrecht-table__body\">\n" + rows + "</tbody></table>\n";
}

std::string paragraph(const std::string& text) { return "<p class=\"utrecht-paragraph\">" + escape_html(text) + "</p>\n"; }

std::string command(const std::string& text) { return "<pre class=\"mienskip-command\"><code>" + escape_html(text) + "</code></pre>\n"; }

// Four decimals: the published JSON holds the exact figure. Dutch writes a decimal comma.
std::string probability_text(const Words& w, double probability) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", probability);
  std::string written = text;
  if (std::string(w.lang) == "nl") std::replace(written.begin(), written.end(), '.', ',');
  return written;
}

std::string heading(const std::string& text) {
  return "<h2 class=\"utrecht-heading-2\">" + escape_html(text) + "</h2>\n";
}

std::string draw_section(const Words& w, const std::optional<store::StoredDraw>& draw) {
  std::string html = heading(w.draw_heading);
  if (!draw) return html + paragraph(w.nothing_yet);
  html += table(row(w.commitment, draw->commitment) + row(w.register_hash, draw->register_sha256) +
                (draw->seed ? row(w.seed, *draw->seed) + row(w.invitations, std::to_string(draw->invitations), false) : ""));
  html += paragraph(w.commitment_note) + paragraph(w.register_note);
  const auto& p = draw->parameters;
  std::string settings = " --register brp.csv --count " + std::to_string(p.count);
  if (!p.stratify_by.empty()) settings += " --stratify-by " + shell_word(p.stratify_by);
  if (!p.household_key.empty()) {
    std::string key;
    for (const auto& column : p.household_key) key += (key.empty() ? "" : ",") + column;
    settings += " --household-key " + shell_word(key);
  }
  std::string oversample;
  for (const auto& [stratum, factor] : p.oversample) {
    json number = factor;
    oversample += (oversample.empty() ? "" : ",") + stratum + "=" + number.dump();
  }
  if (!oversample.empty()) settings += " --oversample " + shell_word(oversample);
  if (draw->seed && draw->receipt.is_object()) {
    std::string strata;
    for (const auto& s : draw->receipt.at("strata")) {
      const auto name = s.at("stratum").get<std::string>();
      strata += "<tr><td class=\"utrecht-table__cell\">" + escape_html(name.empty() ? w.whole_register : name) +
                "</td><td class=\"utrecht-table__cell\">" + s.at("eligible").dump() +
                "</td><td class=\"utrecht-table__cell\">" + s.at("invitations").dump() + "</td></tr>\n";
    }
    html += "<table class=\"utrecht-table\"><thead class=\"utrecht-table__header\"><tr>"
            "<th scope=\"col\" class=\"utrecht-table__header-cell\">" + std::string(w.stratum) +
            "</th><th scope=\"col\" class=\"utrecht-table__header-cell\">" + w.eligible +
            "</th><th scope=\"col\" class=\"utrecht-table__header-cell\">" + w.invitations +
            "</th></tr></thead><tbody class=\"utrecht-table__body\">\n" + strata + "</tbody></table>\n";
  }
  html += paragraph(w.rerun_draw);
  html += command("mienskip draw commit" + settings + (draw->seed ? "\nmienskip draw" + settings + " --seed " +
                                                                        shell_word(*draw->seed) + " --commitment " +
                                                                        draw->commitment + " --out uitnodigingen.csv --receipt bon.json"
                                                                  : ""));
  return html;
}

std::string selection_section(const Words& w, const std::string& slug, const std::optional<store::StoredSelection>& s) {
  std::string html = heading(w.selection_heading);
  if (!s || s->status == "failed") return html + paragraph(w.nothing_yet);
  if (s->status == "running") return html + paragraph(w.selection_running);
  const auto& result = s->result;
  html += table(row(w.algorithm, s->algorithm) + row(w.version, result.at("version").get<std::string>()) +
                row(w.input_hash, s->input_sha256) + row(w.volunteers, std::to_string(s->volunteers), false) +
                row(w.panel_size, std::to_string(s->panel_size), false) +
                row(w.min_probability, probability_text(w, result.at("summary").at("min").get<double>()), false));
  const std::string base = "/f/" + slug + "/verificatie/";
  html += "<h3 class=\"utrecht-heading-3\">" + escape_html(w.files) + "</h3>\n<ul class=\"utrecht-unordered-list\">";
  for (const char* file : {"features.csv", "candidates.csv", "selection.json"}) {
    html += "<li class=\"utrecht-unordered-list__item\"><a class=\"utrecht-link\" href=\"" + escape_html(base + file) +
            "\">" + file + "</a></li>";
  }
  html += "</ul>\n" + paragraph(w.rerun_selection);
  html += command("mienskip select --pool features.csv,candidates.csv --panel-size " + std::to_string(s->panel_size) +
                  (s->algorithm == "leximin" ? "" : " --algorithm " + s->algorithm) + " --json verdeling.json");
  return html;
}

std::string panel_section(const Words& w, const std::optional<store::StoredSelection>& s,
                          const std::optional<store::StoredPanel>& panel) {
  std::string html = heading(w.panel_heading);
  if (!panel || !s) return html + paragraph(w.no_panel);
  std::string ids;
  for (const auto& id : panel->drawn) ids += (ids.empty() ? "" : " ") + id;
  html += table(row(w.number, std::to_string(panel->lottery_number)) + row(w.input_hash, panel->input_sha256) +
                row(w.members, ids));
  const std::string pool = "mienskip select --pool features.csv,candidates.csv --panel-size " + std::to_string(s->panel_size);
  html += paragraph(w.rerun_panel);
  html += command(pool + (s->algorithm == "leximin" ? "" : " --algorithm " + s->algorithm) + " --lottery-number " +
                  std::to_string(panel->lottery_number) + " --json panel.json");
  for (const auto& round : panel->rounds) {
    std::string dropouts, alternates;
    for (const auto& id : round.dropouts) dropouts += (dropouts.empty() ? "" : " ") + id;
    for (const auto& id : round.alternates) alternates += (alternates.empty() ? "" : " ") + id;
    html += "<h3 class=\"utrecht-heading-3\">" + escape_html(w.round) + " " + std::to_string(round.round) + "</h3>\n";
    html += table(row(w.seed, round.seed) + row(w.dropouts, dropouts) + row(w.alternates, alternates));
    if (round.round == 1) {
      std::string list;
      for (const auto& id : round.dropouts) list += (list.empty() ? "" : ",") + id;
      html += paragraph(w.rerun_alternates);
      html += command("mienskip alternates --pool features.csv,candidates.csv --panel-size " +
                      std::to_string(s->panel_size) + " --panel-json panel.json --dropouts " + list + " --seed " +
                      shell_word(round.seed) + " --json vervangers.json");
    }
  }
  return html;
}

std::string page(const Words& w, const std::string& slug, const std::string& forum_name, const std::string& body) {
  const std::string other = std::string(w.lang) == "nl" ? "en" : "nl";
  const std::string other_name = other == "en" ? "English" : "Nederlands";
  const std::string title = std::string(w.title) + ": " + forum_name;
  return resident_page({w.lang, title, w.skip, other == "en" ? "Taal" : "Language",
                        "<ul class=\"mienskip-languages\"><li><a class=\"utrecht-link\" lang=\"" + other + "\" hreflang=\"" +
                            other + "\" href=\"/f/" + escape_html(slug) + "/verificatie?lang=" + other + "\">" +
                            other_name + "</a></li></ul>",
                        "<h1 class=\"utrecht-heading-1\">" + escape_html(title) +
                            "</h1>\n<div class=\"mienskip-verification\">\n" + paragraph(w.intro) + body + "</div>"});
}

Response published_file(store::ConnectionPool& database, const Request& request, const std::string& file) {
  const auto& slug = request.params.at("slug");
  auto connection = database.acquire();
  const auto selection = store::find_selection(*connection, slug);
  if (!selection || selection->status != "done") {
    throw Error(error_codes::not_found, "Forum '" + slug + "' has not published a selection yet.");
  }
  const std::pair<std::string, std::string> download = {"Content-Disposition", "attachment; filename=\"" + file + "\""};
  if (file == "features.csv") return Response{200, "text/csv; charset=utf-8", selection->features_csv, {download}};
  if (file == "candidates.csv") return Response{200, "text/csv; charset=utf-8", selection->candidates_csv, {download}};
  return Response{200, "application/json", selection->result.dump(2) + "\n", {download}};
}

}  // namespace

void add_forum_verification_routes(Router& router, store::ConnectionPool& database) {
  router.add("GET", "/f/{slug}/verificatie", [&database](const Request& request) {
    const auto lang = request.query.find("lang");
    const Words& w = lang != request.query.end() && lang->second == "en" ? english : dutch;
    const auto& slug = request.params.at("slug");
    auto connection = database.acquire();
    const auto forum = existing_forum(*connection, slug);
    const auto draw = store::find_draw(*connection, slug);
    const auto selection = store::find_selection(*connection, slug);
    const auto panel = store::find_panel(*connection, slug);
    // The panel section shows the selection the panel was drawn from, which is the stored one.
    const auto body = draw_section(w, draw) + selection_section(w, slug, selection) + panel_section(w, selection, panel);
    return Response{200, "text/html; charset=utf-8", page(w, slug, forum.settings.name, body), {}};
  });
  for (const std::string file : {"features.csv", "candidates.csv", "selection.json"}) {
    router.add("GET", "/f/{slug}/verificatie/" + file, [&database, file](const Request& request) {
      return published_file(database, request, file);
    });
  }
}

}  // namespace mienskip::web
