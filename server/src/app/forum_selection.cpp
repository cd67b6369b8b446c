#include "app/forum_selection.hpp"

#include "core/base/error.hpp"
#include "core/forum/forum_pool.hpp"

namespace mienskip::app {

namespace {

// The pool the selection starts from, read from the files it publishes.
Pool pool_of(const PoolFiles& files) {
  try {
    return read_pool_files(files);
  } catch (const Error& e) {
    if (e.code() != error_codes::unknown_value) throw;
    throw Error(error_codes::answers_outside_quotas, std::string("The volunteers' answers do not fit the quotas: ") +
                                                         e.what() + ". Change the quotas back, or correct the volunteer's answers.");
  }
}

SelectionStatus status_of(pqxx::connection& connection, const std::string& slug, const store::SelectionInput& input) {
  auto selection = store::find_selection(connection, slug);
  const bool stale = selection && store::is_stale(*selection, input);
  return {std::move(selection), store::find_selection_history(connection, slug), input.panel_size,
          input.volunteers.size(), stale};
}

}  // namespace

SelectionStatus selection_status(pqxx::connection& connection, const std::string& slug) {
  const auto input = store::read_selection_input(connection, slug);
  return status_of(connection, slug, input);
}

SelectionRequest start_selection(pqxx::connection& connection, SelectionRunner& runner, const std::string& slug,
                                 const std::string& algorithm, const std::string& actor) {
  const auto input = store::read_selection_input(connection, slug);
  if (input.volunteers.empty()) {
    throw Error(error_codes::no_volunteers, "Forum '" + slug + "' has no volunteers to select a panel from yet.");
  }
  auto files = forum_pool_files(input.categories, input.volunteers);
  auto pool = pool_of(files);
  auto feasibility = quota_feasibility(pool, input.panel_size);
  if (!feasibility.feasible()) return {std::move(feasibility), status_of(connection, slug, input)};
  store::SelectionStart started{algorithm, input.panel_size, static_cast<int>(input.volunteers.size()), pool.input_sha256,
                                std::move(files)};
  const auto run = store::start_selection(connection, slug, started, actor);
  auto status = status_of(connection, slug, input);
  runner.submit({input.forum_id, run, std::move(pool), input.panel_size, algorithm});
  return {std::nullopt, std::move(status)};
}

SelectionStatus fix_selection(pqxx::connection& connection, const std::string& slug, long long run,
                              std::chrono::seconds wait, const std::string& actor) {
  store::fix_selection(connection, slug, run, wait, actor);
  return selection_status(connection, slug);
}

}  // namespace mienskip::app
