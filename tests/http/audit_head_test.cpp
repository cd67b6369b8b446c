// Issue 18, "an anchored chain": the audit log's head published on the verification page lets
// anyone who kept it catch what the chain alone cannot, a superuser who cuts the log's tail or
// rewrites and re-hashes it. Checked with `mienskip audit verify --expect` and, from an export,
// with deploy/audit-recheck.sh (jq and sha256sum only).
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <pqxx/pqxx>
#include <regex>

#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

namespace {

// The head as the page prints it in its command, HASH@POSITION.
std::string published_head(std::uint16_t port, const std::string& query = "") {
  const auto page = request(port, "GET", "/f/energie/verificatie" + query);
  BOOST_TEST_REQUIRE(page.status == 200);
  static const std::regex command("mienskip audit verify --expect ([0-9a-f]{64}@[0-9]+)");
  std::smatch match;
  BOOST_TEST_REQUIRE(std::regex_search(page.body, match, command), page.body);
  return match[1].str();
}

// What a database superuser can do: switch the append-only trigger off and change the log.
void as_superuser(const std::string& url, const std::string& sql) {
  pqxx::connection c(url);
  pqxx::work work(c);
  work.exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
  work.exec(sql);
  work.exec("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
  work.commit();
}

// Every hash recomputed from the first entry on, so the chain is intact again after an edit.
const char* rehash_everything = R"(
DO $$
DECLARE entry audit_log%ROWTYPE; previous text := repeat('0', 64);
BEGIN
  FOR entry IN SELECT * FROM audit_log ORDER BY chain_position LOOP
    UPDATE audit_log SET previous_hash = previous,
      entry_hash = encode(sha256(convert_to(previous || E'\n' || audit_log_entry_text(entry), 'UTF8')), 'hex')
    WHERE id = entry.id RETURNING entry_hash INTO previous;
  END LOOP;
END $$)";

void write_text(const std::filesystem::path& path, const std::string& text) { std::ofstream(path) << text; }

int audit(const std::string& url, const std::vector<std::string>& args, std::string& output) {
  std::vector<std::string> command = {"audit"};
  command.insert(command.end(), args.begin(), args.end());
  return run_mienskip(command, server_environment(url), output);
}

int recheck(const std::string& export_file, const std::string& head, std::string& output) {
  return run_shell(source_path("deploy/audit-recheck.sh") + " " + export_file + " " + head + " 2>&1", output);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(audit_head)

BOOST_AUTO_TEST_CASE(the_published_head_catches_a_cut_tail_the_chain_alone_does_not) {
  StaffDatabase db("http_audit_head_cut");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = forum_with_register(port, register_csv(60));
  commit_and_draw(port, admin, {{"count", 10}}, "2026-12-06 lotto");

  const auto head = published_head(port);
  BOOST_TEST(published_head(port, "?lang=en") == head);
  const auto entries = query_number(db.url, "SELECT count(*) FROM audit_log");
  BOOST_TEST(head == query_text(db.url, "SELECT entry_hash FROM audit_log ORDER BY chain_position DESC LIMIT 1") + "@" +
                         std::to_string(entries));
  std::string output;
  BOOST_TEST(audit(db.url, {"verify", "--expect", head}, output) == 0, output);
  BOOST_TEST(output.find("holding 1 published head") != std::string::npos, output);

  // The commitment and the draw, the last two entries, cut away by a superuser.
  as_superuser(db.url, "DELETE FROM audit_log WHERE chain_position > " + std::to_string(entries - 2));
  BOOST_TEST(audit(db.url, {"verify"}, output) == 0, output);  // the chain alone is intact
  BOOST_TEST(audit(db.url, {"verify", "--expect", head}, output) == 1, output);
  BOOST_TEST(output.find("audit log BROKEN: the log ends at entry " + std::to_string(entries - 2) +
                         ", before the published head " + head + ": entries were removed from its end") == 0u,
             output);
}

BOOST_AUTO_TEST_CASE(a_rewritten_and_rehashed_log_is_caught_by_command_and_by_the_recheck_script) {
  StaffDatabase db("http_audit_head_rewrite");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = forum_with_register(port, register_csv(60));
  commit_and_draw(port, admin, {{"count", 10}}, "seed");
  const auto head = published_head(port);
  const auto dir = scratch_directory("audit_head_rewrite");
  const auto before = (dir / "before.jsonl").string(), after = (dir / "after.jsonl").string();
  std::string output;
  BOOST_TEST_REQUIRE(audit(db.url, {"export", "--out", before}, output) == 0, output);
  BOOST_TEST(recheck(before, head, output) == 0, output);
  BOOST_TEST(output.find("audit export intact: ") == 0u, output);

  // Who drew the seed, rewritten, and every hash redone: the chain checks out again.
  as_superuser(db.url, "UPDATE audit_log SET actor = 'someone else' WHERE action = 'forum.invitations_drawn'");
  as_superuser(db.url, rehash_everything);
  BOOST_TEST(audit(db.url, {"verify"}, output) == 0, output);
  BOOST_TEST(audit(db.url, {"verify", "--expect", head}, output) == 1, output);
  BOOST_TEST(output.find("the log was rewritten up to that entry") != std::string::npos, output);
  BOOST_TEST_REQUIRE(audit(db.url, {"export", "--out", after}, output) == 0, output);
  BOOST_TEST(recheck(after, "", output) == 0, output);
  BOOST_TEST(recheck(after, head, output) == 1, output);
  BOOST_TEST(output.find("BROKEN: the log no longer holds the published head " + head) == 0u, output);

  // A file of heads kept over time, and a line that is not one.
  write_text(dir / "heads.txt", "# heads from the verification page\n\n" + head + "\n");
  BOOST_TEST(audit(db.url, {"verify", "--expect-file", (dir / "heads.txt").string()}, output) == 1, output);
  write_text(dir / "bad.txt", head + "\nnot a head\n");
  BOOST_TEST(audit(db.url, {"verify", "--expect-file", (dir / "bad.txt").string()}, output) == 2, output);
  BOOST_TEST(output.find("bad.txt, line 2 is not a published head") != std::string::npos, output);
}

BOOST_AUTO_TEST_SUITE_END()
