#include "web/public/forum_verification.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "core/base/netherlands_time.hpp"
#include "core/forum/forum_pool.hpp"
#include "core/invitations/commitment_timeline.hpp"
#include "store/audit_log.hpp"
#include "store/forum_draw.hpp"
#include "store/forum_selection.hpp"
#include "store/forum_selection_runs.hpp"
#include "store/published_pool.hpp"
#include "web/forum_json.hpp"
#include "app/templates/page_template.hpp"
#include "app/templates/page_texts.hpp"
#include "web/public/resident_page.hpp"

namespace mienskip::web {

namespace {

using nlohmann::json;

// The words of the page (server/texts/verification/): Dutch unless `?lang=` asks for Frisian or
// English, for residents and for observers from elsewhere.
Language verification_language(const Request& request) {
  const auto lang = request.query.find("lang");
  return lang == request.query.end() ? Language::nl : parse_language(lang->second).value_or(Language::nl);
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

// Four decimals: the published JSON holds the exact figure. Dutch and Frisian write a decimal comma.
std::string probability_text(Language language, double probability) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", probability);
  std::string written = text;
  if (language != Language::en) std::replace(written.begin(), written.end(), '.', ',');
  return written;
}

std::string joined(const std::vector<std::string>& ids, const std::string& separator) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : separator) + id;
  return out;
}

// A moment as the Dutch clock showed it, in an order every reader knows: 2026-12-06 21:15.
std::string local_time_text(const std::string& iso_utc) {
  const auto time = dutch_time(iso_utc);
  char text[24];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", time.year, time.month, time.day, time.hour, time.minute);
  return text;
}

// "1 dag en 3 uur", "45 minuten": the two largest units that are not zero.
std::string duration_text(const json& t, long long seconds) {
  const auto parts = duration_parts(seconds);
  std::vector<std::string> words;
  for (const auto& [count, unit] : {std::pair{parts.days, "days"}, {parts.hours, "hours"}, {parts.minutes, "minutes"}}) {
    if (count == 0 || words.size() == 2) continue;
    const std::string key = std::string(unit) + (count == 1 ? "_one" : "_many");
    words.push_back(app::fill_in(t.at(key), {{"n", std::to_string(count)}}));
  }
  if (words.empty()) return t.at("less_than_a_minute");
  return words.size() == 1 ? words[0] : words[0] + " " + t.at("and").get<std::string>() + " " + words[1];
}

// Every version of the commitment with its times and reason, and what the times show (issue 18).
json commitment_timeline_data(const json& t, const store::StoredDraw& draw) {
  std::vector<CommitmentMoment> moments;
  json versions = json::array();
  for (const auto& v : draw.versions) {
    moments.push_back({v.version, v.committed_at});
    versions.push_back({{"version", v.version}, {"committed_at", local_time_text(v.committed_at)},
                        {"seed_not_before", local_time_text(v.seed_not_before)},
                        {"reason", v.reason ? *v.reason : t.at("first_version").get<std::string>()},
                        {"commitment", v.commitment}});
  }
  const auto timeline = commitment_timeline(moments, draw.drawn_at, draw.seed_time_reached);
  std::string claim;
  if (timeline.claim == CommitmentClaim::waiting) {
    claim = app::fill_in(t.at("claim_waiting"), {{"time", local_time_text(draw.seed_not_before)}});
  } else if (timeline.claim == CommitmentClaim::seed_may_be_entered) {
    claim = t.at("claim_may_enter");
  } else {
    claim = app::fill_in(t.at("claim_entered"), {{"version", std::to_string(timeline.latest_version)},
                                                 {"duration", duration_text(t, timeline.public_seconds)},
                                                 {"time", local_time_text(*draw.drawn_at)}});
  }
  const std::string corrections =
      timeline.corrections == 0 ? t.at("no_corrections").get<std::string>()
                                : app::fill_in(t.at(timeline.corrections == 1 ? "corrections_one" : "corrections_many"),
                                               {{"n", std::to_string(timeline.corrections)}});
  return {{"versions", versions}, {"claim", claim}, {"corrections", corrections}};
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
  return {{"rows", rows},       {"has_strata", !strata.empty()}, {"strata", strata}, {"command", command},
          {"timeline", commitment_timeline_data(t, *draw)}};
}

// Every kept run of the selection, and what the times of the fixed one show (issue 18).
json runs_data(const json& t, Language language, const store::SelectionHistory& history,
               const std::optional<store::StoredPanel>& panel) {
  const std::map<std::string, std::string> outcomes = {{"done", t.at("outcome_done")}, {"failed", t.at("outcome_failed")},
                                                       {"interrupted", t.at("outcome_interrupted")}};
  json runs = json::array();
  for (const auto& r : history.runs) {
    runs.push_back({{"run", r.run}, {"algorithm", r.algorithm}, {"started_at", local_time_text(r.started_at)},
                    {"outcome", r.outcome ? outcomes.at(*r.outcome) : t.at("outcome_running").get<std::string>()},
                    {"minimum", r.minimum_probability ? probability_text(language, *r.minimum_probability) : ""},
                    {"result_sha256", r.result_sha256.value_or("")},
                    {"fixed", history.fixed && history.fixed->run == r.run}});
  }
  std::string claim = t.at("not_fixed");
  if (const auto& f = history.fixed) {
    const std::vector<CommitmentMoment> moment = {{static_cast<int>(f->run), f->fixed_at}};
    const std::optional<std::string> entered = panel ? std::optional<std::string>(panel->drawn_at) : std::nullopt;
    const auto timeline = commitment_timeline(moment, entered, f->number_time_reached);
    const std::map<CommitmentClaim, std::string> key = {{CommitmentClaim::waiting, "fixed_waiting"},
                                                        {CommitmentClaim::seed_may_be_entered, "fixed_may_enter"},
                                                        {CommitmentClaim::seed_entered, "fixed_entered"}};
    claim = app::fill_in(t.at(key.at(timeline.claim)),
                         {{"run", std::to_string(f->run)}, {"fixed", local_time_text(f->fixed_at)},
                          {"time", local_time_text(entered ? *entered : f->number_not_before)},
                          {"duration", duration_text(t, timeline.public_seconds)}});
  }
  return {{"has_runs", !runs.empty()}, {"runs", runs}, {"fixed_claim", claim}};
}

// The selection as published, or false with the message why there is none (yet). Its files are
// listed until staff took the volunteers' answers off the page; then their hashes remain.
std::pair<json, json> selection_data(const json& t, Language language, const std::string& slug,
                                     const std::optional<store::StoredSelection>& s,
                                     const std::optional<store::PoolUnpublished>& unpublished) {
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
    if (!unpublished) files.push_back({{"href", "/f/" + slug + "/verificatie/" + file}, {"name", file}});
  }
  const json removed = unpublished ? json(app::fill_in(t.at("files_removed"), {{"time", local_time_text(unpublished->at)}}))
                                   : json(false);
  const std::string command = "mienskip select --pool features.csv,candidates.csv --panel-size " +
                              std::to_string(s->panel_size) + (s->algorithm == "leximin" ? "" : " --algorithm " + s->algorithm) +
                              " --json verdeling.json";
  return {json{{"rows", rows}, {"files", files}, {"files_removed", removed}, {"command", command}}, false};
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
    json rows = {row(t.at("seed"), round.seed), row(t.at("dropouts"), joined(round.dropouts, " "))};
    // Why each was replaced, by number only: the status recorded, never the caller's comment.
    if (!round.reasons.empty()) {
      std::vector<std::string> reasons;
      for (const auto& id : round.dropouts) {
        const auto reason = round.reasons.find(id);
        if (reason == round.reasons.end()) continue;
        const auto& said = reason->second == "withdrawn" ? t.at("reason_withdrawn") : t.at("reason_declined");
        reasons.push_back(id + ": " + said.get<std::string>());
      }
      rows.push_back(row(t.at("reasons"), joined(reasons, "; ")));
    }
    rows.push_back(row(t.at("alternates"), joined(round.alternates, " ")));
    rounds.push_back({{"number", round.round}, {"rows", rows}, {"alternates_command", alternates_command}});
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
  if (const auto unpublished = store::find_pool_unpublished(*connection, slug)) {
    throw Error(error_codes::personal_data_deleted, "The volunteers' answers of forum '" + slug + "' were taken off this "
                "page at " + unpublished->at + "; their hashes stay on the verification page.");
  }
  const std::pair<std::string, std::string> download = {"Content-Disposition", "attachment; filename=\"" + file + "\""};
  if (file == "features.csv") return Response{200, "text/csv; charset=utf-8", selection->features_csv, {download}};
  if (file == "candidates.csv") return Response{200, "text/csv; charset=utf-8", selection->candidates_csv, {download}};
  return Response{200, "application/json", published_selection_json(selection->result), {download}};
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
    const auto panel = store::find_panel(*connection, slug);
    const auto unpublished = store::find_pool_unpublished(*connection, slug);
    const auto [selected, selection_message] = selection_data(t, language, slug, selection, unpublished);
    const std::string title = t.at("title").get<std::string>() + ": " + forum.settings.name;
    // The panel section shows the selection the panel was drawn from, which is the stored one.
    const json data = {{"t", t},
                       {"title", title},
                       {"how", app::paragraphs_of(t.at("how").get<std::string>())},
                       {"draw", draw_data(t, store::find_draw(*connection, slug))},
                       {"selection", selected},
                       {"selection_message", selection_message},
                       {"history", runs_data(t, language, store::find_selection_history(*connection, slug), panel)},
                       {"panel", panel_data(t, selection, panel)},
                       {"audit", audit_data(t, store::audit_head(*connection))}};
    const std::string page = resident_page({language, title, language_links(language, "/f/" + slug + "/verificatie"),
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
