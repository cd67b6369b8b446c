// A pool in the replication format of Flanigan et al. (`mienskip select --pool` with
// categories.csv and respondents.csv): the input is the two files separated by a line "---".
#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "pool_check.hpp"

using namespace mienskip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto [categories, respondents] = fuzz::two_files(fuzz::text_of(data, size));
  try {
    fuzz::check_pool(read_replication_pool(parse_csv(categories, "categories.csv"),
                                           parse_csv(respondents, "respondents.csv")));
  } catch (const Error& e) {
    fuzz::require(fuzz::is_pool_refusal(e.code()));
  }
  return 0;
}
