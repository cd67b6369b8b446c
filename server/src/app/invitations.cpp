#include "app/invitations.hpp"

#include "core/base/error.hpp"
#include "core/base/text_field.hpp"
#include "core/crypto/public_seed.hpp"
#include "core/crypto/sha256.hpp"
#include "core/invitations/invitation_code.hpp"
#include "app/invitation_letters_view.hpp"
#include "app/letter_texts.hpp"
#include "core/invitations/invitation_parameters.hpp"
#include "core/invitations/invitation_receipt.hpp"
#include "store/forum_register.hpp"
#include "store/forums.hpp"

namespace mienskip::app {

namespace {

// The reason for a correction is published beside it: a sentence or two.
constexpr std::size_t max_reason_characters = 500;

void check_letter_language(const std::string& language) {
  if (!is_letter_language(language)) throw Error(error_codes::invalid_option, "Letters are written in Dutch (nl), Frisian (fy) or English (en).");
}

// The code of every drawn letter, in draw order (letter n has number n).
std::vector<std::string> letter_codes(const std::string& secret, const store::DrawnInvitations& invitations) {
  std::vector<std::string> codes;
  codes.reserve(invitations.rows.size());
  for (std::size_t i = 0; i < invitations.rows.size(); ++i) {
    codes.push_back(letter_code(secret, invitations.forum_id, static_cast<long long>(i + 1)));
  }
  return codes;
}

// The chosen columns, or the ones the register's column names suggest when none were chosen.
AddressMapping address_mapping(const AddressChoice& address, const std::vector<std::string>& columns) {
  return address.chosen ? *address.chosen : suggested_address_mapping(columns);
}

}  // namespace

store::StoredDraw invitation_draw(pqxx::connection& connection, const std::string& slug) {
  auto draw = store::find_draw(connection, slug);
  if (!draw) throw Error(error_codes::no_commitment, "Forum '" + slug + "' has no published commitment to a draw yet.");
  return *draw;
}

DrawCommitment commit_to_invitation_draw(pqxx::connection& connection, const std::string& slug, const nlohmann::json& body,
                                         std::chrono::seconds wait, const std::string& actor) {
  const auto summary = store::find_register(connection, slug, 0);
  if (!summary) throw Error(error_codes::no_register, "Upload the register of forum '" + slug + "' before committing to a draw.");
  std::vector<FieldError> errors;
  std::optional<std::string> reason;
  nlohmann::json parameters = body;
  if (body.is_object() && body.contains("reason")) {
    reason = check_text(body, "reason", "reason", "The reason for the correction", max_reason_characters, errors);
    parameters.erase("reason");
  }
  auto checked = check_draw_parameters(parameters, summary->columns, summary->rows);
  errors.insert(errors.end(), checked.errors.begin(), checked.errors.end());
  if (!errors.empty()) return {std::nullopt, std::move(errors)};
  return {store::commit_draw(connection, slug, {*checked.value, reason, wait}, actor), {}};
}

store::StoredDraw draw_invitations(pqxx::connection& connection, const std::string& slug, const std::string& seed,
                                   const std::string& secret, const std::string& actor) {
  const auto committed = invitation_draw(connection, slug);
  if (committed.seed) throw Error(error_codes::already_drawn, "The invitations of forum '" + slug + "' have already been drawn.");
  if (!committed.seed_time_reached) store::refuse_seed_before_its_time(committed.versions.back());
  if (committed.current_register_sha256 != committed.register_sha256) {
    throw Error(error_codes::commitment_mismatch, "The register was replaced after the commitment was made: publish a new "
                                                  "commitment before drawing; nothing was drawn.");
  }
  const auto input = store::read_draw_input(connection, slug, committed.parameters);
  const auto draw = draw_invitations_from(input.table, input.register_sha256, {}, committed.parameters, public_seed(seed));
  if (draw.commitment != committed.commitment) {
    throw Error(error_codes::commitment_mismatch, "The register or parameters differ from the published commitment; nothing was drawn.");
  }
  const auto [columns, drawn_rows] = store::register_rows_at(connection, slug, draw.rows);
  const auto receipt = draw_receipt(draw, committed.parameters, input.table.rows.size(),
                                    sha256_hex(invitations_csv(columns, drawn_rows, drawn_strata(draw))),
                                    std::string("mienskip ") + MIENSKIP_VERSION);
  const auto forum_id = store::existing_forum(connection, slug).id;
  std::vector<std::string> code_hashes;
  code_hashes.reserve(draw.rows.size());
  for (std::size_t i = 0; i < draw.rows.size(); ++i) {
    const auto code = letter_code(secret, forum_id, static_cast<long long>(i + 1));
    code_hashes.push_back(invitation_code_hash(secret, *normalise_invitation_code(code)));
  }
  store::store_draw(connection, slug, draw, code_hashes, receipt, actor);
  return invitation_draw(connection, slug);
}

std::string invitations_csv_download(pqxx::connection& connection, const std::string& slug, const std::string& secret,
                                     const std::string& actor) {
  const auto invitations = store::read_invitations(connection, slug);
  const auto head = store::audit_invitations_download(connection, slug, "csv", invitations.rows.size(), actor);
  const MailMerge mail_merge{letter_codes(secret, invitations), chain_head_text(head)};
  return mail_merge_csv(invitations.columns, invitations.rows, invitations.strata, mail_merge);
}

std::string invitation_letters_download(pqxx::connection& connection, const std::string& slug, const std::string& language,
                                        const AddressChoice& address, const std::string& sign_up_url,
                                        const std::string& secret, const std::string& actor) {
  check_letter_language(language);
  const auto forum = store::existing_forum(connection, slug);
  const auto invitations = store::read_invitations(connection, slug);
  const auto codes = letter_codes(secret, invitations);
  const auto layout = address_layout(address_mapping(address, invitations.columns), invitations.columns);
  std::vector<InvitationLetter> letters;
  letters.reserve(invitations.rows.size());
  for (std::size_t i = 0; i < invitations.rows.size(); ++i) {
    auto block = address_block(layout, invitations.rows[i]);
    letters.push_back({std::move(block.lines), codes[i], std::move(block.addressee)});
  }
  const auto saved = forum_letter_texts(connection, slug).texts;
  const LetterPage page{language, fill_letter_text(saved.texts.at(language), saved.facts, language, forum.settings.municipality),
                        forum.settings.municipality, sign_up_url};
  auto html = invitation_letters_html(page, letters);
  store::audit_invitations_download(connection, slug, "letters_" + language, letters.size(), actor);
  return html;
}

AddressPreview letter_address_preview(pqxx::connection& connection, const std::string& slug, const std::string& language,
                                      const AddressChoice& address) {
  check_letter_language(language);
  const auto invitations = store::read_invitations(connection, slug);
  AddressPreview preview{invitations.columns, address_mapping(address, invitations.columns), !address.chosen, {}, {}, {}};
  const auto layout = address_positions(preview.mapping, invitations.columns);  // invalid_option
  preview.missing = missing_address_roles(preview.mapping);
  if (preview.missing.empty() && !invitations.rows.empty()) {
    preview.example = address_block(layout, invitations.rows.front());
    preview.greeting = letter_greeting(language, preview.example->addressee);
  }
  return preview;
}

PersonalDataDeletion delete_invitation_personal_data(pqxx::connection& connection, const std::string& slug,
                                                     const std::string& actor) {
  const auto deleted = store::delete_personal_data(connection, slug, actor);
  return {deleted, invitation_draw(connection, slug)};
}

}  // namespace mienskip::app
