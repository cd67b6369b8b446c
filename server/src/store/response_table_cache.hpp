#pragma once

#include <cstddef>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <pqxx/connection>
#include <string>

#include "core/base/csv.hpp"
#include "core/survey/survey.hpp"

namespace mienskip::store {

/// Each survey's responses as the export's table (responses_table), kept in the server's memory for
/// the results, which weigh every response on every view. Reading 100,000 responses from the
/// database costs over a second; asking whether anything changed costs a few milliseconds. So every
/// view asks the database (in one snapshot) for the survey's response count, highest response id,
/// definition version (survey_definition_history) and changes counter (responses_changed, raised
/// by any UPDATE or DELETE of its responses):
/// - nothing changed: the kept table is used as it is;
/// - only new responses (every one with a higher id than the last kept, sorting after it, and the
///   count adding up): just those are read and appended;
/// - anything else (a response changed or removed, a corrected definition, a late commit with a
///   lower id, another survey under the same slug): everything is read again.
/// So the table is always what responses_table gives for a fresh read, and several server instances
/// may each keep their own. Safe to use from many threads at once; views of the same survey run
/// together and wait only while its table is brought up to date. Bounded: when the kept responses
/// of all surveys exceed `max_responses`, the least recently viewed surveys are dropped (the one
/// being viewed is always kept).
class ResponseTableCache {
 public:
  explicit ResponseTableCache(std::size_t max_responses = 500'000);

  /// How a view found the survey's table.
  enum class Refresh { unchanged, appended, reloaded };

  /// Brings survey `slug`'s table up to date with the database and calls `use` with the survey's
  /// definition and the table (valid only during the call). Throws Error `not_found` for an
  /// unknown survey, and whatever `use` throws.
  Refresh view(pqxx::connection& connection, const std::string& slug,
               const std::function<void(const Survey& survey, const CsvTable& respondents)>& use);

  /// How many surveys and responses are kept now.
  std::size_t surveys_kept() const;
  std::size_t responses_kept() const;

 private:
  struct Entry;
  std::shared_ptr<Entry> entry_for(const std::string& slug);
  void drop_beyond_bound(const std::string& viewed);
  void forget(const std::string& slug);

  const std::size_t max_responses_;
  mutable std::mutex lock_;  // guards entries_ and recency_, never held while the database is asked
  std::map<std::string, std::shared_ptr<Entry>> entries_;
  std::list<std::string> recency_;  // slugs, most recently viewed first
};

}  // namespace mienskip::store
