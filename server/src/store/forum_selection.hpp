#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <pqxx/connection>
#include <pqxx/transaction_base>
#include <string>
#include <vector>

#include "core/forum/forum_pool.hpp"
#include "core/forum/forum_volunteers.hpp"
#include "core/panel/pool.hpp"

namespace mienskip::store {

/// What the selection of a forum's panel starts from: the quotas, the panel size and the
/// volunteers who have not withdrawn, in `number` order with their ids V0001, V0002, ...
struct SelectionInput {
  long long forum_id = 0;
  int panel_size = 0;
  std::vector<QuotaCategory> categories;
  std::vector<ForumVolunteer> volunteers;
  bool sign_up_closed = false;
};
/// Throws Error `not_found` for no such forum.
SelectionInput read_selection_input(pqxx::connection& connection, const std::string& slug);
SelectionInput read_selection_input(pqxx::transaction_base& tx, const std::string& slug);

/// A forum's latest selection run. A run whose server stopped beating its heart (it died or was
/// killed) reads as `failed` with the error `interrupted`.
struct StoredSelection {
  long long run = 0;
  std::string status;  // running, done, failed
  std::string algorithm, stage, started_by, started_at;
  std::optional<std::string> finished_at;
  double elapsed_seconds = 0;
  int panel_size = 0, volunteers = 0;
  std::string input_sha256, features_csv, candidates_csv;
  nlohmann::json result;  // null unless done
  nlohmann::json error;   // null unless failed
};
std::optional<StoredSelection> find_selection(pqxx::connection& connection, const std::string& slug);
std::optional<StoredSelection> read_selection(pqxx::transaction_base& tx, long long forum_id);

/// How often a running selection's server writes its heartbeat, and after how long without one
/// the run counts as interrupted.
constexpr int heartbeat_seconds = 2;
constexpr int interrupted_after_seconds = 15;

/// Whether the selection no longer describes the forum: volunteers, answers, quotas or the panel
/// size changed since it was computed.
bool is_stale(const StoredSelection& selection, const SelectionInput& input);

/// What a new run is computed from (see forum_pool_files).
struct SelectionStart {
  std::string algorithm;
  int panel_size = 0;
  int volunteers = 0;
  std::string input_sha256;
  PoolFiles files;
};

/// Records a new running selection, replacing the previous run, and audits it
/// (`forum.selection_started`, with the algorithm, input hash and pool size). Returns its run
/// number. Throws `selection_running` while another run of the forum is alive, `panel_drawn`
/// once the panel has been drawn from a selection.
long long start_selection(pqxx::connection& connection, const std::string& slug, const SelectionStart& start,
                          const std::string& actor);

/// Keeps the runs alive (see heartbeat_seconds) and says where they are.
void beat_selection(pqxx::connection& connection, long long forum_id, long long run, const std::string& stage);

/// Ends the run with its result (selection_json) or its error, and audits it
/// (`forum.selection_finished` with the input hash and the smallest probability, or
/// `forum.selection_failed` with the error code). A run that was replaced meanwhile is left alone.
void finish_selection(pqxx::connection& connection, long long forum_id, long long run, const nlohmann::json& result);
void fail_selection(pqxx::connection& connection, long long forum_id, long long run, const std::string& code,
                    const std::string& message);

/// One round of replacements for members who dropped out.
struct PanelRound {
  int round = 0;
  std::string seed;
  std::vector<std::string> dropouts, alternates;
  std::string drawn_by, drawn_at;
  std::map<std::string, std::string> reasons;  // each dropout's status when replaced (declined, withdrawn)
};

/// The drawn panel: the public number, the members it drew, and every round of alternates.
struct StoredPanel {
  long long selection_run = 0;
  int lottery_number = 0;
  std::string input_sha256;
  std::vector<std::string> drawn;  // the members the number drew, in pool order
  std::string drawn_by, drawn_at;
  std::vector<PanelRound> rounds;

  /// The panel as it is now: the drawn members without the dropouts, with the alternates.
  std::vector<std::string> current() const;
};
std::optional<StoredPanel> find_panel(pqxx::connection& connection, const std::string& slug);
std::optional<StoredPanel> read_panel(pqxx::transaction_base& tx, long long forum_id);

/// Stores the panel drawn with `lottery_number` from selection run `run` and audits it
/// (`forum.panel_drawn`: number, input hash, member ids). Throws `panel_drawn` when one was drawn
/// already, `sign_up_open` before sign-up closed, `no_selection` when run `run` is no longer the
/// forum's done selection, `selection_stale` when the volunteers or quotas changed since it ran.
void store_panel(pqxx::connection& connection, const std::string& slug, long long run, int lottery_number,
                 const std::string& input_sha256, const std::vector<std::string>& members, const std::string& actor);

/// Stores round `round` of alternates and audits it (`forum.alternates_drawn`: seed, dropouts,
/// alternates, reasons). Throws `conflict` when another round was stored meanwhile and
/// `invalid_dropouts` when a dropout no longer stands as declined or withdrawn; the reasons stored
/// are the dropouts' statuses read under the forum's lock.
void store_round(pqxx::connection& connection, const std::string& slug, const PanelRound& round, const std::string& actor);

/// The volunteers' contact details by id (V0001), for staff inviting the panel: name, email and
/// phone, each possibly null (removed, or never given).
struct VolunteerContact {
  std::optional<std::string> name, email, phone;
};
std::map<std::string, VolunteerContact> volunteer_contacts(pqxx::connection& connection, long long forum_id,
                                                           const std::vector<std::string>& ids);

/// Whether the forum's panel has been drawn: from then on its published input (quotas, volunteers,
/// sign-up) stays as it was.
bool panel_exists(pqxx::transaction_base& tx, long long forum_id);

}  // namespace mienskip::store
