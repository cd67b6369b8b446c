// Surveys, invitation codes and responses in PostgreSQL: single use and idempotency hold under
// concurrency because the database enforces them, and answered surveys stay frozen.
#include <boost/test/unit_test.hpp>
#include <atomic>
#include <fstream>
#include <mutex>
#include <pqxx/pqxx>
#include <set>
#include <sstream>
#include <thread>

#include "core/base/error.hpp"
#include "core/invitations/invitation_code.hpp"
#include "core/survey/survey_response.hpp"
#include "core/survey/survey_schema.hpp"
#include "store/surveys.hpp"
#include "support/reference_data.hpp"
#include "support/test_database.hpp"
#include "support/thrown_error.hpp"

using namespace mienskip;
using mienskip::test::error_code;

namespace {

nlohmann::json energy_template() { return test::survey_template_json("sudwest-fryslan-energiestrategie.json"); }

const std::string secret = "test-secret-0123456789abcdef0123456789";

const std::string& conninfo() {
  static const std::string value = test::fresh_database("surveys");
  return value;
}

long long count(pqxx::connection& c, const std::string& sql) {
  pqxx::nontransaction tx(c);
  return tx.exec1(sql)[0].as<long long>();
}

nlohmann::json answers(const Survey& survey) {
  ResponseDraft draft;
  draft.allocations[survey.scenarios[0].id] = "60";
  draft.allocations[survey.scenarios[1].id] = "40";
  return response_json(survey, *check_response(survey, draft, Language::nl).response);
}

// A survey with `codes` fresh codes; returns it and the codes' hashes.
std::pair<store::StoredSurvey, std::vector<std::string>> survey_with_codes(pqxx::connection& c, const std::string& slug,
                                                                          std::size_t codes) {
  store::create_survey(c, slug, energy_template(), true, "test");
  const auto stored = *store::find_survey(c, slug);
  std::vector<std::string> hashes;
  for (const auto& code : new_invitation_codes(codes)) {
    hashes.push_back(invitation_code_hash(secret, *normalise_invitation_code(code)));
  }
  store::add_invitation_codes(c, stored.id, hashes, "test");
  return {stored, hashes};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(surveys_in_the_database)

BOOST_AUTO_TEST_CASE(a_survey_is_created_once_and_audited) {
  pqxx::connection c(conninfo());
  store::create_survey(c, "energie-een", energy_template(), true, "test");
  const auto stored = store::find_survey(c, "energie-een");
  BOOST_TEST_REQUIRE(stored.has_value());
  BOOST_TEST(stored->survey.scenarios.size() == 6u);
  BOOST_TEST(stored->requires_code);
  BOOST_TEST(error_code([&] { store::create_survey(c, "energie-een", energy_template(), true, "test"); }) ==
             "slug_taken");
  BOOST_TEST(error_code([&] { store::create_survey(c, "Energie Een", energy_template(), true, "test"); }) ==
             "invalid_slug");
  BOOST_TEST(count(c, "SELECT count(*) FROM surveys WHERE slug = 'energie-een'") == 1);
  BOOST_TEST(count(c, "SELECT count(*) FROM audit_log WHERE action = 'survey.created' AND subject = 'survey:energie-een'") ==
             1);
  BOOST_TEST(!store::find_survey(c, "bestaat-niet").has_value());
}

BOOST_AUTO_TEST_CASE(codes_are_stored_as_hashes_and_used_once) {
  pqxx::connection c(conninfo());
  auto [survey, hashes] = survey_with_codes(c, "energie-twee", 3);
  BOOST_TEST(count(c, "SELECT count(*) FROM survey_codes WHERE survey_id = " + std::to_string(survey.id)) == 3);
  BOOST_TEST((store::invitation_code_state(c, survey.id, hashes[0]) == store::CodeState::unused));
  BOOST_TEST((store::invitation_code_state(c, survey.id, std::string(64, 'a')) == store::CodeState::unknown));

  const auto first = store::submit_response(c, survey, hashes[0], "key-first-1", Language::nl, answers(survey.survey));
  BOOST_TEST(!first.replayed);
  BOOST_TEST((store::invitation_code_state(c, survey.id, hashes[0]) == store::CodeState::used));
  // A retry with the same key gets the same response; another form with the same code is refused.
  const auto again = store::submit_response(c, survey, hashes[0], "key-first-1", Language::nl, answers(survey.survey));
  BOOST_TEST(again.replayed);
  BOOST_TEST(again.response_id == first.response_id);
  BOOST_TEST(error_code([&] {
               store::submit_response(c, survey, hashes[0], "key-other-2", Language::nl, answers(survey.survey));
             }) == "code_used");
  BOOST_TEST(error_code([&] {
               store::submit_response(c, survey, std::string(64, 'b'), "key-other-3", Language::nl, answers(survey.survey));
             }) == "invalid_code");
  BOOST_TEST(error_code([&] {
               store::submit_response(c, survey, std::nullopt, "key-other-4", Language::nl, answers(survey.survey));
             }) == "invalid_code");
  BOOST_TEST(count(c, "SELECT count(*) FROM responses WHERE survey_id = " + std::to_string(survey.id)) == 1);
  BOOST_TEST(count(c, "SELECT count(*) FROM audit_log WHERE action = 'survey.codes_generated'") >= 1);
}

BOOST_AUTO_TEST_CASE(many_threads_one_code_exactly_one_response) {
  auto setup = std::make_unique<pqxx::connection>(conninfo());
  auto [survey, hashes] = survey_with_codes(*setup, "energie-race", 1);
  const int threads = 16;
  std::atomic<int> stored{0}, refused{0}, other{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      pqxx::connection c(conninfo());
      try {
        store::submit_response(c, survey, hashes[0], "race-key-" + std::to_string(t), Language::nl, answers(survey.survey));
        ++stored;
      } catch (const Error& e) {
        (e.code() == "code_used" ? refused : other)++;
      } catch (...) {
        ++other;
      }
    });
  }
  for (auto& thread : pool) thread.join();
  BOOST_TEST(stored.load() == 1);
  BOOST_TEST(refused.load() == threads - 1);
  BOOST_TEST(other.load() == 0);
  BOOST_TEST(count(*setup, "SELECT count(*) FROM responses WHERE survey_id = " + std::to_string(survey.id)) == 1);
}

BOOST_AUTO_TEST_CASE(many_retries_of_one_form_store_it_once) {
  auto setup = std::make_unique<pqxx::connection>(conninfo());
  auto [survey, hashes] = survey_with_codes(*setup, "energie-retry", 1);
  const int threads = 12;
  std::mutex mutex;
  std::set<std::string> ids;
  std::atomic<int> fresh{0}, failed{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      pqxx::connection c(conninfo());
      try {
        const auto result = store::submit_response(c, survey, hashes[0], "same-form-key", Language::fy, answers(survey.survey));
        if (!result.replayed) ++fresh;
        std::lock_guard lock(mutex);
        ids.insert(result.response_id);
      } catch (...) {
        ++failed;
      }
    });
  }
  for (auto& thread : pool) thread.join();
  BOOST_TEST(failed.load() == 0);
  BOOST_TEST(fresh.load() == 1);
  BOOST_TEST(ids.size() == 1u);
  BOOST_TEST(count(*setup, "SELECT count(*) FROM responses WHERE survey_id = " + std::to_string(survey.id)) == 1);
}

BOOST_AUTO_TEST_CASE(open_surveys_mark_responses_not_eligibility_checked) {
  pqxx::connection c(conninfo());
  store::create_survey(c, "energie-open", energy_template(), false, "test");
  const auto survey = *store::find_survey(c, "energie-open");
  BOOST_TEST(!survey.requires_code);
  store::submit_response(c, survey, std::nullopt, "open-key-1", Language::en, answers(survey.survey));
  store::submit_response(c, survey, std::nullopt, "open-key-2", Language::en, answers(survey.survey));
  BOOST_TEST(count(c, "SELECT count(*) FROM responses WHERE NOT eligibility_checked AND survey_id = " +
                          std::to_string(survey.id)) == 2);
}

BOOST_AUTO_TEST_CASE(an_answered_survey_keeps_its_scenarios_and_budget) {
  pqxx::connection c(conninfo());
  auto [survey, hashes] = survey_with_codes(c, "energie-frozen", 1);
  auto change = [&](const std::string& path_expression) {
    pqxx::work work(c);
    work.exec("UPDATE surveys SET definition = " + path_expression + " WHERE id = " + std::to_string(survey.id));
    work.commit();
  };
  // Before any response everything may change.
  change("jsonb_set(definition, '{budget}', '120')");
  change("jsonb_set(definition, '{budget}', '100')");
  store::submit_response(c, survey, hashes[0], "frozen-key-1", Language::nl, answers(survey.survey));
  BOOST_CHECK_THROW(change("jsonb_set(definition, '{budget}', '50')"), pqxx::sql_error);
  BOOST_CHECK_THROW(change("jsonb_set(definition, '{scenarios,0,id}', '\"iets-anders\"')"), pqxx::sql_error);
  // Texts can still be corrected.
  change("jsonb_set(definition, '{scenarios,0,title,nl}', '\"Gecorrigeerde titel\"')");
  BOOST_TEST(store::find_survey(c, "energie-frozen")->survey.scenarios[0].title.nl == "Gecorrigeerde titel");
  // Each accepted change kept the version it replaced; the refused ones left nothing.
  const std::string id = std::to_string(survey.id);
  BOOST_TEST(count(c, "SELECT count(*) FROM survey_definition_history WHERE survey_id = " + id) == 3);
  BOOST_TEST(count(c, "SELECT count(*) FROM survey_definition_history WHERE survey_id = " + id +
                          " AND definition #>> '{scenarios,0,title,nl}' <> 'Gecorrigeerde titel'") == 3);
  BOOST_TEST(count(c, "SELECT count(*) FROM audit_log WHERE action = 'survey.definition_changed' AND "
                      "subject = 'survey:energie-frozen'") == 3);
}

BOOST_AUTO_TEST_CASE(drafts_are_kept_per_code_until_the_response_is_sent) {
  pqxx::connection c(conninfo());
  auto [survey, hashes] = survey_with_codes(c, "energie-draft", 1);
  BOOST_TEST(!store::find_draft(c, survey.id, hashes[0]).has_value());
  store::save_draft(c, survey.id, hashes[0], {{"allocations", {{"opslag", "30"}}}});
  store::save_draft(c, survey.id, hashes[0], {{"allocations", {{"opslag", "35"}}}});
  BOOST_TEST(store::find_draft(c, survey.id, hashes[0])->at("allocations").at("opslag") == "35");
  store::submit_response(c, survey, hashes[0], "draft-key-1", Language::nl, answers(survey.survey));
  BOOST_TEST(!store::find_draft(c, survey.id, hashes[0]).has_value());
}

// Issue 18: a half-filled form is personal data kept for the resident's convenience only: it
// expires after store::draft_days without a change, and all of a survey's go when it closes.
BOOST_AUTO_TEST_CASE(drafts_expire_and_go_when_the_survey_closes) {
  pqxx::connection c(conninfo());
  auto [survey, hashes] = survey_with_codes(c, "energie-draft-expiry", 3);
  for (const auto& hash : hashes) store::save_draft(c, survey.id, hash, {{"allocations", {{"opslag", "30"}}}});
  const auto id = std::to_string(survey.id);
  {
    pqxx::work work(c);
    work.exec("UPDATE response_drafts SET updated_at = now() - make_interval(days => " +
              std::to_string(store::draft_days) + ", secs => 1) WHERE code_hash = '" + hashes[0] + "'");
    work.commit();
  }
  BOOST_TEST(!store::find_draft(c, survey.id, hashes[0]).has_value());  // expired: not shown
  BOOST_TEST(store::find_draft(c, survey.id, hashes[1]).has_value());
  store::save_draft(c, survey.id, hashes[1], {{"allocations", {{"opslag", "40"}}}});  // and removed at the next save
  BOOST_TEST(count(c, "SELECT count(*) FROM response_drafts WHERE survey_id = " + id) == 2);
  {
    pqxx::work work(c);
    work.exec("UPDATE surveys SET status = 'closed' WHERE id = " + id);
    work.commit();
  }
  BOOST_TEST(count(c, "SELECT count(*) FROM response_drafts WHERE survey_id = " + id) == 0);
}

BOOST_AUTO_TEST_CASE(a_closed_survey_takes_no_answers) {
  pqxx::connection c(conninfo());
  auto [survey, hashes] = survey_with_codes(c, "energie-closed", 1);
  {
    pqxx::work work(c);
    work.exec("UPDATE surveys SET status = 'closed' WHERE id = " + std::to_string(survey.id));
    work.commit();
  }
  BOOST_TEST(error_code([&] {
               store::submit_response(c, survey, hashes[0], "closed-key-1", Language::nl, answers(survey.survey));
             }) == "survey_closed");
  BOOST_TEST(count(c, "SELECT count(*) FROM responses WHERE survey_id = " + std::to_string(survey.id)) == 0);
}

BOOST_AUTO_TEST_CASE(responses_hold_no_client_address) {
  pqxx::connection c(conninfo());
  const auto columns = count(c,
                             "SELECT count(*) FROM information_schema.columns WHERE table_name = 'responses' AND "
                             "(column_name ILIKE '%ip%' OR column_name ILIKE '%addr%' OR column_name ILIKE '%agent%')");
  BOOST_TEST(columns == 0);
}

BOOST_AUTO_TEST_SUITE_END()
