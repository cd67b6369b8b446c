#include "store/forum_draw_commitments.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "core/base/error.hpp"
#include "core/invitations/invitation_parameters.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

namespace {

DrawParameters parameters_from(const std::string& json_text) {
  const auto json = nlohmann::json::parse(json_text);
  DrawParameters parameters;
  parameters.count = json.at("count").get<std::size_t>();
  if (json.at("stratify_by").is_string()) parameters.stratify_by = json["stratify_by"].get<std::string>();
  parameters.household_key = json.at("household_key").get<std::vector<std::string>>();
  for (const auto& [stratum, factor] : json.at("oversample").items()) parameters.oversample[stratum] = factor.get<double>();
  return parameters;
}

}  // namespace

std::vector<CommitmentVersion> read_commitment_versions(pqxx::transaction_base& tx, long long forum_id) {
  const auto rows = tx.exec_params(
      std::string("SELECT version, parameters::text, register_sha256, exclusion_sha256, commitment, reason, committed_by, "
                  "to_char(committed_at AT TIME ZONE 'UTC', ") + utc_format + "), "
                  "to_char(seed_not_before AT TIME ZONE 'UTC', " + utc_format + ") "
                  "FROM forum_draw_commitments WHERE forum_id = $1 ORDER BY version",
      forum_id);
  std::vector<CommitmentVersion> versions;
  for (const auto& row : rows) {
    CommitmentVersion v;
    v.version = row[0].as<int>();
    v.parameters = parameters_from(row[1].as<std::string>());
    v.register_sha256 = row[2].as<std::string>();
    v.exclusion_sha256 = row[3].as<std::string>();
    v.commitment = row[4].as<std::string>();
    if (!row[5].is_null()) v.reason = row[5].as<std::string>();
    v.committed_by = row[6].as<std::string>();
    v.committed_at = row[7].as<std::string>();
    v.seed_not_before = row[8].as<std::string>();
    versions.push_back(std::move(v));
  }
  return versions;
}

bool seed_time_reached(pqxx::transaction_base& tx, long long forum_id) {
  return tx.exec_params1("SELECT coalesce((SELECT now() >= seed_not_before FROM forum_draw_commitments "
                         "WHERE forum_id = $1 ORDER BY version DESC LIMIT 1), false)",
                         forum_id)[0]
      .as<bool>();
}

void refuse_seed_before_its_time(const CommitmentVersion& latest) {
  throw Error(error_codes::commitment_too_recent,
              "Version " + std::to_string(latest.version) + " of the commitment was published at " + latest.committed_at +
                  "; the seed may be entered from " + latest.seed_not_before +
                  ", so that everyone could see the commitment first. Nothing was drawn.");
}

void insert_commitment_version(pqxx::transaction_base& tx, long long forum_id, const CommitmentVersion& version,
                               std::chrono::seconds wait) {
  const std::optional<std::string> reason = version.reason;
  tx.exec_params(
      "INSERT INTO forum_draw_commitments (forum_id, version, parameters, register_sha256, exclusion_sha256, commitment, "
      "reason, committed_by, seed_not_before) VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, now() + make_interval(secs => $9))",
      forum_id, version.version, draw_parameters_json(version.parameters).dump(), version.register_sha256,
      version.exclusion_sha256, version.commitment, reason, version.committed_by, static_cast<long long>(wait.count()));
}

}  // namespace mienskip::store
