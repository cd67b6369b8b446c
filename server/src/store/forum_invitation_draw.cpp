#include "store/forum_invitation_draw.hpp"

#include "core/invitations/invitation_receipt.hpp"
#include "core/base/error.hpp"
#include "core/invitations/invitation_code.hpp"
#include "core/invitations/invitation_letters.hpp"
#include "core/crypto/sha256.hpp"
#include "store/forum_draw.hpp"

namespace mienskip::store {

void draw_forum_invitations(pqxx::connection& connection, const std::string& slug, const std::string& seed,
                            const std::string& secret, const std::string& actor) {
  const auto committed = find_draw(connection, slug);
  if (!committed) throw Error(error_codes::no_commitment, "Forum '" + slug + "' has no published commitment to a draw yet.");
  if (committed->seed) throw Error(error_codes::already_drawn, "The invitations of forum '" + slug + "' have already been drawn.");
  if (committed->current_register_sha256 != committed->register_sha256) {
    throw Error(error_codes::commitment_mismatch, "The register was replaced after the commitment was made: publish a new "
                                       "commitment before drawing; nothing was drawn.");
  }
  const auto input = read_draw_input(connection, slug, committed->parameters);
  const auto draw = draw_invitations_from(input.table, input.register_sha256, {}, committed->parameters, seed);
  if (draw.commitment != committed->commitment) {
    throw Error(error_codes::commitment_mismatch, "The register or parameters differ from the published commitment; nothing was drawn.");
  }
  const auto [columns, drawn_rows] = register_rows_at(connection, slug, draw.rows);
  const auto receipt = draw_receipt(draw, committed->parameters, input.table.rows.size(),
                                    sha256_hex(invitations_csv(columns, drawn_rows, drawn_strata(draw))),
                                    std::string("mienskip ") + MIENSKIP_VERSION);
  const auto batch = new_invitation_batch(secret, draw.rows.size());
  store_draw(connection, slug, draw, batch.codes, batch.hashes, receipt, actor);
}

}  // namespace mienskip::store
