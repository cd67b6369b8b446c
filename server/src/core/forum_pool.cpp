#include "core/forum_pool.hpp"

#include "core/csv.hpp"

namespace mienskip {

PoolFiles forum_pool_files(const std::vector<QuotaCategory>& categories, const std::vector<ForumVolunteer>& volunteers) {
  PoolFiles files;
  files.features_csv = "feature,value,min,max\n";
  for (const auto& category : categories) {
    for (std::size_t v = 0; v < category.values.size(); ++v) {
      files.features_csv += csv_field(category.name) + "," + csv_field(category.values[v]) + "," +
                            std::to_string(category.min[v]) + "," + std::to_string(category.max[v]) + "\n";
    }
  }
  files.candidates_csv = "id";
  for (const auto& category : categories) files.candidates_csv += "," + csv_field(category.name);
  files.candidates_csv += "\n";
  for (const auto& volunteer : volunteers) {
    files.candidates_csv += csv_field(volunteer.id);
    for (const auto& category : categories) {
      const auto answer = volunteer.answers.find(category.name);
      files.candidates_csv += "," + (answer == volunteer.answers.end() ? std::string() : csv_field(answer->second));
    }
    files.candidates_csv += "\n";
  }
  return files;
}

Pool forum_pool(const std::vector<QuotaCategory>& categories, const std::vector<ForumVolunteer>& volunteers) {
  const auto files = forum_pool_files(categories, volunteers);
  return read_foundation_pool(parse_csv(files.features_csv, "features.csv"),
                              parse_csv(files.candidates_csv, "candidates.csv"));
}

}  // namespace mienskip
