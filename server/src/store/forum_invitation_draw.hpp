#pragma once

#include <pqxx/connection>
#include <string>

namespace mienskip::store {

/// Draws a forum's invitations with the public `seed` against its published commitment, the one
/// way staff's route and `mienskip forum demo` both do it: the register is read back, the draw
/// recomputed and checked against the commitment, the receipt made over the invitations file and
/// a fresh letter code (keyed with `secret`) given to every invitation; store_draw then stores and
/// audits it. Throws `no_commitment` before a commitment, `already_drawn`, `commitment_mismatch`
/// (the register was replaced, or the inputs differ from what was committed), `not_found`.
void draw_forum_invitations(pqxx::connection& connection, const std::string& slug, const std::string& seed,
                            const std::string& secret, const std::string& actor);

}  // namespace mienskip::store
