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

// Re-hashing everything from an entry onwards, as whoever can switch the trigger off could do.
std::vector<AuditEntry> rehashed(std::vector<AuditEntry> entries) {
  std::string previous(64, '0');
  for (auto& entry : entries) {
    entry.previous_hash = previous;
    entry.entry_hash = audit_entry_hash(previous, entry);
    previous = entry.entry_hash;
  }
  return entries;
}

BOOST_AUTO_TEST_CASE(a_head_is_written_and_read_as_hash_at_position) {
  const auto head = chain_head(chain(4)).value();
  BOOST_TEST(head.position == 4);
  BOOST_TEST(chain_head_text(head) == head.hash + "@4");
  const auto read = parse_chain_head(chain_head_text(head));
  BOOST_TEST_REQUIRE(read.has_value());
  BOOST_TEST(read->position == 4);
  BOOST_TEST(read->hash == head.hash);
  BOOST_TEST(!chain_head({}).has_value());
}

BOOST_AUTO_TEST_CASE(anything_but_a_head_is_refused) {
  const std::string hash(64, 'a');
  for (const std::string& text : std::vector<std::string>{"", "@1", hash, hash + "@", hash + "@0", hash + "@01", hash + "@-1", hash + "@1x",
                                 hash + "@1234567890123456789", std::string(64, 'A') + "@1", hash + "a@1",
                                 hash.substr(1) + "@1", hash + "@1@2", hash + "@ 1"}) {
    BOOST_TEST(!parse_chain_head(text).has_value(), text);
  }
  BOOST_TEST(parse_chain_head(hash + "@123456789012345678").value().position == 123456789012345678LL);
}

BOOST_AUTO_TEST_CASE(a_log_that_still_holds_the_head_passes) {
  const auto entries = chain(6);
  BOOST_TEST(!departure_from_head(entries, chain_head(chain(3)).value()).has_value());
  BOOST_TEST(!departure_from_head(entries, chain_head(entries).value()).has_value());
}

BOOST_AUTO_TEST_CASE(a_cut_tail_is_caught_by_an_earlier_head_though_the_chain_is_intact) {
  const auto head = chain_head(chain(6)).value();
  const auto cut = chain(4);
  BOOST_TEST(!first_chain_break(cut).has_value());
  BOOST_TEST(departure_from_head(cut, head).value() ==
             "the log ends at entry 4, before the published head " + head.hash + "@6: entries were removed from its end");
  BOOST_TEST(departure_from_head({}, head).value().find("the log ends at entry 0,") == 0u);
}

BOOST_AUTO_TEST_CASE(a_rewritten_and_rehashed_log_is_caught_by_an_earlier_head) {
  const auto head = chain_head(chain(5)).value();
  auto entries = chain(5);
  entries[1].actor = "someone else";
  entries = rehashed(entries);
  BOOST_TEST(!first_chain_break(entries).has_value());
  const auto departure = departure_from_head(entries, head);
  BOOST_TEST_REQUIRE(departure.has_value());
  BOOST_TEST(departure->find("entry 5 now has hash " + entries[4].entry_hash) == 0u, *departure);
  BOOST_TEST(departure->find("the log was rewritten up to that entry") != std::string::npos, *departure);
}

BOOST_AUTO_TEST_SUITE_END()
