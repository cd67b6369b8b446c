// The Sortition Foundation's files read as their own library reads them (issue 22, item 6): a column
// name or value written in another case, or with spaces around a name, is read as the quotas name
// it when exactly one fits, and each such reading is named in a warning; what is ambiguous or
// absent is still refused. The pool, and so its hash, is the one the exact spelling gives.
#include <boost/test/unit_test.hpp>
#include <string>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/panel/pool.hpp"

using namespace mienskip;

namespace {

const std::string features =
    "feature,value,min,max\n"
    "gender,male,1,2\n"
    "gender,female,1,2\n"
    "Gebied,Súd,0,3\n"
    "Gebied,Noord,0,3\n";

Pool foundation(const std::string& feature_text, const std::string& candidates, const std::string& id_column = "") {
  return read_foundation_pool(parse_csv(feature_text, "features.csv"), parse_csv(candidates, "candidates.csv"), id_column);
}

std::string refusal(const std::string& feature_text, const std::string& candidates) {
  try {
    foundation(feature_text, candidates);
    return "";
  } catch (const Error& e) {
    return e.code();
  }
}

bool said(const Pool& pool, const std::string& text) {
  for (const auto& warning : pool.warnings) {
    if (warning.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pool_reading)

BOOST_AUTO_TEST_CASE(exact_files_read_without_a_warning) {
  const auto pool = foundation(features, "id,gender,Gebied\n1,male,Súd\n2,female,Noord\n3,female,Súd\n");
  BOOST_TEST(pool.ids.size() == 3u);
  BOOST_TEST(pool.warnings.empty());
}

BOOST_AUTO_TEST_CASE(other_case_and_spaces_read_as_the_quotas_name_them_and_say_so) {
  const auto exact = foundation(features, "id,gender,Gebied\n1,male,Súd\n2,female,Noord\n3,female,Súd\n");
  const auto loose = foundation(features, "ID, Gender ,GEBIED\n1,Male,SÚD\n2,female,noord\n3,FEMALE,Súd\n");
  BOOST_TEST(loose.values == exact.values);
  BOOST_TEST(loose.ids == exact.ids);
  BOOST_TEST(loose.input_sha256 == exact.input_sha256);
  // (The CSV reader has trimmed the spaces around ' Gender ' already.)
  BOOST_TEST(said(loose, "candidates.csv: the column 'Gender' is read as 'gender'"));
  BOOST_TEST(said(loose, "the column 'GEBIED' is read as 'Gebied'"));
  BOOST_TEST(said(loose, "the column 'ID' is read as 'id'"));
  // Each value read loosely once, with how many rows had it; non-ASCII letters fold too.
  BOOST_TEST(said(loose, "'Male' is read as 'male' of 'gender' (written in another case, 1 row)"));
  BOOST_TEST(said(loose, "'FEMALE' is read as 'female' of 'gender' (written in another case, 1 row)"));
  BOOST_TEST(said(loose, "'SÚD' is read as 'Súd' of 'Gebied'"));
  BOOST_TEST(said(loose, "'noord' is read as 'Noord' of 'Gebied'"));
  BOOST_TEST(loose.warnings.size() == 7u);
  // The quota file's own column names too.
  const auto headed = foundation("Feature,VALUE,Min,max\ngender,male,1,2\ngender,female,1,2\n", "id,gender\n1,male\n2,female\n");
  BOOST_TEST(said(headed, "features.csv: the column 'Feature' is read as 'feature'"));
  BOOST_TEST(headed.warnings.size() == 3u);
}

BOOST_AUTO_TEST_CASE(what_two_could_mean_or_none_does_is_refused) {
  // Two columns that differ from 'gender' only in case: neither is taken.
  BOOST_TEST(refusal("feature,value,min,max\ngender,male,0,2\n", "id,Gender,GENDER\n1,male,male\n") == "unknown_value");
  // Two values of the quotas that differ only in case: a third spelling fits neither.
  BOOST_TEST(refusal("feature,value,min,max\ngender,Male,0,2\ngender,male,0,2\n", "id,gender\n1,MALE\n") == "unknown_value");
  // A value that is no value, however written.
  BOOST_TEST(refusal(features, "id,gender,Gebied\n1,man,Súd\n") == "unknown_value");
  BOOST_TEST(refusal(features, "id,gender\n1,male\n") == "unknown_value");
}

BOOST_AUTO_TEST_CASE(an_exact_spelling_is_preferred_over_a_loose_one) {
  const auto pool = foundation("feature,value,min,max\ngender,Male,0,2\ngender,male,0,2\n", "id,gender,Gender\n1,Male,male\n");
  BOOST_TEST(pool.values[0][0] == 0);  // "Male" from the exact column 'gender'
  BOOST_TEST(pool.warnings.empty());
}

BOOST_AUTO_TEST_SUITE_END()
