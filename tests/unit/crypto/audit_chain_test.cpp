#include <boost/test/unit_test.hpp>

#include "core/crypto/audit_chain.hpp"
#include "core/crypto/sha256.hpp"

using namespace mienskip;

namespace {

std::vector<AuditEntry> chain(int length) {
  std::vector<AuditEntry> entries;
  std::string previous(64, '0');
  for (int i = 1; i <= length; ++i) {
    AuditEntry entry{i, "2026-11-25T14:00:0" + std::to_string(i) + ".000000Z", "cli", "survey.created",
                     "survey:s" + std::to_string(i), "{\"n\": " + std::to_string(i) + "}", previous, ""};
    entry.entry_hash = audit_entry_hash(previous, entry);
    previous = entry.entry_hash;
    entries.push_back(entry);
  }
  return entries;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(audit_chain)

BOOST_AUTO_TEST_CASE(the_hash_covers_the_documented_text) {
  const auto entries = chain(1);
  BOOST_TEST(entries[0].entry_hash ==
             sha256_hex(std::string(64, '0') + "\n1\n2026-11-25T14:00:01.000000Z\ncli\nsurvey.created\nsurvey:s1\n{\"n\": 1}"));
}

BOOST_AUTO_TEST_CASE(an_intact_chain_passes) {
  BOOST_TEST(!first_chain_break(chain(5)).has_value());
  BOOST_TEST(!first_chain_break({}).has_value());
}

BOOST_AUTO_TEST_CASE(an_edited_entry_is_named) {
  auto entries = chain(5);
  entries[2].details = "{\"n\": 99}";
  BOOST_TEST(first_chain_break(entries).value() ==
             "entry 3 (survey.created, 2026-11-25T14:00:03.000000Z) was changed after it was written");
}

BOOST_AUTO_TEST_CASE(an_edit_with_a_recomputed_hash_breaks_the_next_link) {
  auto entries = chain(5);
  entries[2].actor = "someone else";
  entries[2].entry_hash = audit_entry_hash(entries[2].previous_hash, entries[2]);
  BOOST_TEST(first_chain_break(entries).value().find("entry 4 ") == 0u);
}

BOOST_AUTO_TEST_CASE(deleted_entries_are_noticed) {
  auto entries = chain(6);
  entries.erase(entries.begin() + 2, entries.begin() + 4);
  BOOST_TEST(first_chain_break(entries).value() == "entries 3 to 4 are missing: they were deleted");
  auto last_gone = chain(3);
  last_gone.erase(last_gone.begin());  // the first entry
  BOOST_TEST(first_chain_break(last_gone).value() == "entries 1 to 1 are missing: they were deleted");
}

BOOST_AUTO_TEST_SUITE_END()
