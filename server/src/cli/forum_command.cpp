#include <iostream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/database.hpp"
#include "cli/demo_forum.hpp"
#include "cli/files.hpp"
#include "cli/server_secret.hpp"
#include "core/base/error.hpp"
#include "core/forum/forum_settings.hpp"
#include "core/forum/forum_volunteers.hpp"
#include "core/invitations/invitation_code.hpp"
#include "store/forum_draw.hpp"
#include "app/invitations.hpp"
#include "app/letter_texts.hpp"
#include "app/question_texts.hpp"
#include "store/forum_register.hpp"
#include "store/forum_volunteers.hpp"
#include "store/forums.hpp"

namespace mienskip::cli {

namespace {

constexpr const char* demo_usage =
    "usage: mienskip forum demo [--slug SLUG] [--if-missing] [--print-codes N] [--codes-file PATH] "
    "[--register-out PATH]";

// The demo's size: a village-sized register, a third of it invited, a realistic response.
constexpr std::size_t demo_residents = 3000;
constexpr std::size_t demo_invitations = 1000;
constexpr std::size_t demo_volunteer_count = 150;

// Who the audit log names for what the demo did in staff's place.
const std::string actor = "demo";

// A step's checks refusing the demo's own data would be a bug here, not the operator's mistake.
void refuse_problems(const std::vector<FieldError>& errors, const std::string& what) {
  if (!errors.empty()) throw Error(error_codes::invalid_demo, what + " was refused: " + errors.front().field + ": " + errors.front().message);
}

// Whether an existing forum is one this command made (and may finish), not staff's own.
bool made_by_demo(const store::StoredForum& forum) {
  return forum.created_by == actor && forum.settings.name == demo_forum_body(forum.settings.slug)["name"];
}

// Whether every step of the demo was done: drawn, and every demo volunteer signed up.
bool demo_complete(pqxx::connection& connection, const std::string& slug) {
  const auto draw = store::find_draw(connection, slug);
  return draw && draw->seed && store::list_volunteers(connection, slug).volunteers.size() >= demo_volunteer_count;
}

// The codes of the first `wanted` letters that no volunteer answered.
std::vector<std::string> unanswered_codes(const std::string& secret, long long forum_id, const std::vector<bool>& answered,
                                          std::size_t wanted) {
  std::vector<std::string> unused;
  for (std::size_t i = 0; i < answered.size() && unused.size() < wanted; ++i) {
    if (!answered[i]) unused.push_back(letter_code(secret, forum_id, static_cast<long long>(i) + 1));
  }
  return unused;
}

// The demo's own words for its letters and sign-up page, unless an earlier run saved them.
void word_demo(pqxx::connection& connection, const std::string& slug) {
  if (!app::forum_letter_texts(connection, slug).saved) {
    refuse_problems(app::save_forum_letter_texts(connection, slug, demo_letter_texts(), actor).errors, "the letters' texts");
  }
  if (!app::forum_question_texts(connection, slug).saved) {
    refuse_problems(app::save_forum_question_texts(connection, slug, demo_question_texts(), actor).errors, "the questions");
  }
}

// Sets up the demo forum step by step through the same checks and store calls as staff's routes
// and the public sign-up page: created, register uploaded, draw committed and done, volunteers
// signed up, sign-up left open. Each step is skipped when an earlier run did it, so a run that
// stopped partway (killed, or the database gone for a moment) is finished by the next one instead
// of leaving a forum without its letters or volunteers. Returns the letter codes that no
// volunteer used.
std::vector<std::string> create_demo(pqxx::connection& connection, const std::string& slug, const std::string& csv,
                                     const std::string& secret, std::size_t codes_wanted) {
  const auto settings = check_forum_settings(demo_forum_body(slug));
  refuse_problems(settings.errors, "the forum");
  if (!store::find_forum(connection, slug)) store::create_forum(connection, *settings.value, actor);

  auto summary = store::find_register(connection, slug, 0);
  if (!summary) {
    const auto problems = store::upload_register(connection, slug, store::pieces_of(csv), actor).problems;
    if (problems.total() > 0) throw Error(error_codes::invalid_demo, "the demo register was refused: " + problems.first().front().message);
    summary = store::find_register(connection, slug, 0);
  }

  const auto draw = store::find_draw(connection, slug);
  if (!draw) {
    const auto commitment = app::commit_to_invitation_draw(connection, slug, demo_draw_parameters(demo_invitations),
                                                           std::chrono::seconds(0), actor);  // drawn at once: no wait
    refuse_problems(commitment.errors, "the draw's parameters");
  }
  if (!draw || !draw->seed) app::draw_invitations(connection, slug, demo_seed, secret, actor);

  // The letters went out; some of the invited residents answer them on the sign-up page.
  const auto invitations = store::read_invitations(connection, slug);
  std::vector<bool> answered(invitations.rows.size(), false);
  for (auto& volunteer : demo_volunteers(invitations.columns, invitations.rows, demo_volunteer_count)) {
    refuse_problems(check_volunteer_answers(settings.value->categories, volunteer.answers), "a volunteer's answers");
    refuse_problems(check_volunteer_contact(volunteer.contact, true), "a volunteer's contact details");
    const auto code = normalise_invitation_code(
        letter_code(secret, invitations.forum_id, static_cast<long long>(volunteer.invitation) + 1));
    if (!code) throw Error(error_codes::invalid_demo, "a drawn letter code cannot be read back");
    answered[volunteer.invitation] = true;
    try {
      store::sign_up(connection, slug, {0, invitation_code_hash(secret, *code), volunteer.answers, volunteer.contact});
    } catch (const Error& error) {
      if (error.code() != "already_signed_up") throw;  // signed up by the run that stopped
    }
  }

  const auto unused = unanswered_codes(secret, invitations.forum_id, answered, codes_wanted);
  // Codes that leave the system are audited as staff's downloads are.
  if (!unused.empty()) store::audit_invitations_download(connection, slug, "demo_codes", unused.size(), actor);
  return unused;
}

int demo(const std::vector<std::string>& raw) {
  const auto args =
      parse_arguments(raw, {"slug", "print-codes", "codes-file", "register-out", "database-url"}, {"if-missing"});
  if (!args.positional.empty()) throw Error(error_codes::usage, demo_usage);
  const std::string slug = args.option("slug").value_or("burgerforum-demo");
  const auto codes_wanted =
      static_cast<std::size_t>(parse_whole_number(args.option("print-codes").value_or("5"), 0, 100, "--print-codes"));
  const std::string secret = server_secret();
  auto connection = connect_database(args);
  // The register is the same on every machine, so it can be written whether or not the forum is
  // made now: with it anyone can redo the draw the verification page describes.
  const std::string register_csv = demo_register_csv(demo_residents);
  if (auto path = args.option("register-out")) write_file(*path, register_csv);
  const auto existing = store::find_forum(*connection, slug);
  const bool unfinished = existing && made_by_demo(*existing) && !demo_complete(*connection, slug);
  if (existing && !unfinished) {
    if (!args.has("if-missing")) throw Error(error_codes::forum_exists, "There is already a forum '" + slug + "'; nothing was changed.");
    std::cout << "forum " << slug << " already exists; left as it is\n";
    return 0;
  }
  if (unfinished) std::cout << "the demo forum " << slug << " was left unfinished by an earlier run; finishing it\n";
  const auto codes = create_demo(*connection, slug, register_csv, secret, codes_wanted);
  word_demo(*connection, slug);
  std::string listed;
  for (const auto& code : codes) listed += code + '\n';
  if (auto path = args.option("codes-file")) write_file(*path, listed);

  std::cout << "created the demo forum " << slug << ": " << demo_residents << " fictional residents, "
            << demo_invitations << " letters drawn with seed \"" << demo_seed << "\", " << demo_volunteer_count
            << " volunteers; sign-up open\n";
  if (!codes.empty()) std::cout << "letter codes no one has used, for the sign-up page /f/" << slug << ":\n" << listed;
  return 0;
}

}  // namespace

int forum_command(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "demo") return demo({args.begin() + 1, args.end()});
  throw Error(error_codes::usage, demo_usage);
}

}  // namespace mienskip::cli
