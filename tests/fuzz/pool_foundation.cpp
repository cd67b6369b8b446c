// A pool in the Sortition Foundation format (features.csv and candidates.csv, also the files a
// burgerforum publishes for its selection): the input is the two files separated by a line "---".
// Households are read from the address columns when the candidates file has them.
#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "pool_check.hpp"

using namespace mienskip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto [features, candidates] = fuzz::two_files(fuzz::text_of(data, size));
  try {
    const CsvTable feature_table = parse_csv(features, "features.csv");
    const CsvTable candidate_table = parse_csv(candidates, "candidates.csv");
    std::vector<std::string> household_columns;
    if (candidate_table.column("primary_address1") >= 0 && candidate_table.column("primary_zip") >= 0) {
      household_columns = {"primary_address1", "primary_zip"};
    }
    const Pool pool = read_foundation_pool(feature_table, candidate_table, "", household_columns);
    fuzz::check_pool(pool);
    fuzz::require(pool.household.size() == (household_columns.empty() ? 0 : pool.ids.size()));
  } catch (const Error& e) {
    fuzz::require(fuzz::is_pool_refusal(e.code()));
  }
  return 0;
}
