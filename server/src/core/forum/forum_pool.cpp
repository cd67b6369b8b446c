#include "core/forum/forum_pool.hpp"

#include "core/base/csv.hpp"
#include "core/base/csv_cell.hpp"
#include "core/base/error.hpp"

namespace mienskip {

PoolFiles forum_pool_files(const std::vector<QuotaCategory>& categories, const std::vector<ForumVolunteer>& volunteers) {
  // The files are published and opened in spreadsheets: names, values and ids are text that staff
  // typed, so each goes through csv_cell; read_foundation_pool takes the apostrophe off again.
  PoolFiles files;
  files.features_csv = "feature,value,min,max\n";
  for (const auto& category : categories) {
    for (std::size_t v = 0; v < category.values.size(); ++v) {
      append_csv_cell(files.features_csv, category.name);
      files.features_csv += ',';
      append_csv_cell(files.features_csv, category.values[v]);
      files.features_csv += ',' + std::to_string(category.min[v]) + ',' + std::to_string(category.max[v]) + '\n';
    }
  }
  files.candidates_csv = "id";
  for (const auto& category : categories) {
    files.candidates_csv += ',';
    append_csv_cell(files.candidates_csv, category.name);
  }
  files.candidates_csv += '\n';
  for (const auto& volunteer : volunteers) {
    append_csv_cell(files.candidates_csv, volunteer.id);
    for (const auto& category : categories) {
      files.candidates_csv += ',';
      // A missing answer is written empty, so the reader refuses it naming the volunteer's line.
      const auto answer = volunteer.answers.find(category.name);
      if (answer != volunteer.answers.end()) append_csv_cell(files.candidates_csv, answer->second);
    }
    files.candidates_csv += '\n';
  }
  return files;
}

Pool read_pool_files(const PoolFiles& files) {
  return read_foundation_pool(parse_csv(files.features_csv, "features.csv"),
                              parse_csv(files.candidates_csv, "candidates.csv"));
}

Pool forum_pool(const std::vector<QuotaCategory>& categories, const std::vector<ForumVolunteer>& volunteers) {
  return read_pool_files(forum_pool_files(categories, volunteers));
}

QuotaFeasibility volunteer_feasibility(const std::vector<QuotaCategory>& categories, int panel_size,
                                       const std::vector<ForumVolunteer>& volunteers) {
  if (volunteers.empty()) return quota_feasibility(categories, panel_size);
  try {
    return quota_feasibility(forum_pool(categories, volunteers), panel_size);
  } catch (const Error& e) {
    QuotaFeasibility outdated;
    outdated.with_volunteers = true;
    outdated.conflicts.push_back({e.code(), "", e.what(), e.params()});
    return outdated;
  }
}

std::string published_selection_json(const nlohmann::json& result) { return result.dump(2) + "\n"; }

}  // namespace mienskip
