#include "web/public/forum_verification.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "store/audit_log.hpp"
#include "store/forum_draw.hpp"
#include "store/forum_selection.hpp"
#include "web/forum_json.hpp"
#include "app/templates/page_template.hpp"
#include "app/templates/page_texts.hpp"
#include "web/public/resident_page.hpp"

namespace mienskip::web {

namespace {

using nlohmann::json;

// The words of the page (server/texts/verification/): Dutch, and English for observers from
// elsewhere; a Frisian request gets the Dutch page.
Language verification_language(const Request& request) {
  const auto lang = request.query.find("lang");
  return lang != request.query.end() && lang->second == "en" ? Language::en : Language::nl;
}

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

json row(const std::string& label, const std::string& value, bool code = true) {
  return {{"label", label}, {"value", value}, {"code", code}};
}

// Four decimals: the published JSON holds the exact figure. Dutch writes a decimal comma.
std::string probability_text(Language language, double probability) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", probability);
  std::string written = text;
  if (language == Language::nl) std::replace(written.begin(), written.end(), '.', ',');
  return written;
}

std::string joined(const std::vector<std::string>& ids, const std::string& separator) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : separator) + id;
  return out;
}

json draw_data(const json& t, const std::optional<store::StoredDraw>& draw) {
  if (!draw) return false;
  json rows = {row(t.at("commitment"), draw->commitment), row(t.at("register_hash"), draw->register_sha256)};
  if (draw->seed) {
    rows.push_back(row(t.at("seed"), *draw->seed));
    rows.push_back(row(t.at("invitations"), std::to_string(draw->invitations), false));
  }
  const auto& p = draw->parameters;
  std::string settings = " --register brp.csv --count " + std::to_string(p.count);
  if (!p.stratify_by.empty()) settings += " --stratify-by " + shell_word(p.stratify_by);
  if (!p.household_key.empty()) settings += " --household-key " + shell_word(joined(p.household_key, ","));
  std::string oversample;
  for (const auto& [stratum, factor] : p.oversample) {
    json number = factor;
    oversample += (oversample.empty() ? "" : ",") + stratum + "=" + number.dump();
  }
  if (!oversample.empty()) settings += " --oversample " + shell_word(oversample);
  json strata = json::array();
  if (draw->seed && draw->receipt.is_object()) {
    for (const auto& s : draw->receipt.at("strata")) {
      const auto name = s.at("stratum").get<std::string>();
      strata.push_back({{"name", name.empty() ? t.at("whole_register").get<std::string>() : name},
                        {"eligible", s.at("eligible").dump()},
                        {"invitations", s.at("invitations").dump()}});
    }
  }
  const std::string command =
      "mienskip draw commit" + settings +
      (draw->seed ? "\nmienskip draw" + settings + " --seed " + shell_word(*draw->seed) + " --commitment " +
                        draw->commitment + " --out uitnodigingen.csv --receipt bon.json"
                  : "");
  return {{"rows", rows}, {"has_strata", !strata.empty()}, {"strata", strata}, {"command", command}};
}

// The selection as published, or false with the message why there is none (yet).
std::pair<json, json> selection_data(const json& t, Language language, const std::string& slug,
                                     const std::optional<store::StoredSelection>& s) {
  if (!s || s->status == "failed") return {false, t.at("nothing_yet")};
  if (s->status == "running") return {false, t.at("selection_running")};
  const auto& result = s->result;
  const json rows = {row(t.at("algorithm"), s->algorithm), row(t.at("version"), result.at("version").get<std::string>()),
                     row(t.at("input_hash"), s->input_sha256), row(t.at("volunteers"), std::to_string(s->volunteers), false),
                     row(t.at("panel_size"), std::to_string(s->panel_size), false),
                     row(t.at("min_probability"), probability_text(language, result.at("summary").at("min").get<double>()),
                         false)};
  json files = json::array();
  for (const char* file : {"features.csv", "candidates.csv", "selection.json"}) {
    files.push_back({{"href", "/f/" + slug + "/verificatie/" + file}, {"name", file}});
  }
  const std::string command = "mienskip select --pool features.csv,candidates.csv --panel-size " +
                              std::to_string(s->panel_size) + (s->algorithm == "leximin" ? "" : " --algorithm " + s->algorithm) +
                              " --json verdeling.json";
  return {json{{"rows", rows}, {"files", files}, {"command", command}}, false};
}

json panel_data(const json& t, const std::optional<store::StoredSelection>& s,
                const std::optional<store::StoredPanel>& panel) {
  if (!panel || !s) return false;
  const json rows = {row(t.at("number"), std::to_string(panel->lottery_number)), row(t.at("input_hash"), panel->input_sha256),
                     row(t.at("members"), joined(panel->drawn, " "))};
  const std::string pool = "mienskip select --pool features.csv,candidates.csv --panel-size " + std::to_string(s->panel_size);
  const std::string command = pool + (s->algorithm == "leximin" ? "" : " --algorithm " + s->algorithm) +
                              " --lottery-number " + std::to_string(panel->lottery_number) + " --json panel.json";
  json rounds = json::array();
  for (const auto& round : panel->rounds) {
    json alternates_command = false;
    if (round.round == 1) {
      alternates_command = "mienskip alternates --pool features.csv,candidates.csv --panel-size " +
                           std::to_string(s->panel_size) + " --panel-json panel.json --dropouts " +
                           joined(round.dropouts, ",") + " --seed " + shell_word(round.seed) + " --json vervangers.json";
    }
    rounds.push_back({{"number", round.round},
                      {"rows", {row(t.at("seed"), round.seed), row(t.at("dropouts"), joined(round.dropouts, " ")),
                                row(t.at("alternates"), joined(round.alternates, " "))}},
                      {"alternates_command", alternates_command}});
  }
  return {{"rows", rows}, {"command", command}, {"rounds", rounds}};
}

// The audit log's head as it stands now, for visitors to keep (docs/lottery.md, "The audit log").
json audit_data(const json& t, const std::optional<ChainHead>& head) {
  if (!head) return false;
  return {{"rows", {row(t.at("audit_position"), std::to_string(head->position), false), row(t.at("audit_hash"), head->hash)}},
          {"command", "mienskip audit verify --expect " + chain_head_text(*head)}};
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
    const Language language = verification_language(request);
    const json& t = app::page_texts("verification", language);
    const auto& slug = request.params.at("slug");
    auto connection = database.acquire();
    const auto forum = store::existing_forum(*connection, slug);
    const auto selection = store::find_selection(*connection, slug);
    const auto [selected, selection_message] = selection_data(t, language, slug, selection);
    const std::string title = t.at("title").get<std::string>() + ": " + forum.settings.name;
    // The panel section shows the selection the panel was drawn from, which is the stored one.
    const json data = {{"t", t},
                       {"title", title},
                       {"draw", draw_data(t, store::find_draw(*connection, slug))},
                       {"selection", selected},
                       {"selection_message", selection_message},
                       {"panel", panel_data(t, selection, store::find_panel(*connection, slug))},
                       {"audit", audit_data(t, store::audit_head(*connection))}};
    // The page offers the other of its two languages.
    const Language other = language == Language::nl ? Language::en : Language::nl;
    const std::string page = resident_page({language, title, language_links(language, "/f/" + slug + "/verificatie", false, {other}),
                                            app::render_page_template("verification", data)});
    return Response{200, "text/html; charset=utf-8", page, {}};
  });
  for (const std::string file : {"features.csv", "candidates.csv", "selection.json"}) {
    router.add("GET", "/f/{slug}/verificatie/" + file, [&database, file](const Request& request) {
      return published_file(database, request, file);
    });
  }
}

}  // namespace mienskip::web
