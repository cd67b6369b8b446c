#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/invitations/invitation_draw.hpp"

namespace mienskip {

/// The drawn invitations as `mienskip draw --out` writes them: the register's columns (fields
/// trimmed), then `stratum` and `draw_order` (1, 2, ...), comma-separated with LF line ends. A text
/// cell that starts like a spreadsheet formula gets a leading apostrophe (csv_cell).
/// `drawn_rows[i]` holds the fields of the i-th invitation and `row_strata[i]` its stratum. The
/// receipt's `invitations_sha256` is of this file.
std::string invitations_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& drawn_rows,
                            const std::vector<std::string>& row_strata);

/// What the letters need beyond the drawn rows: each invitation's personal code, and the audit
/// log's head (HASH@POSITION) when the file was made, the same on every letter.
struct MailMerge {
  std::vector<std::string> codes;
  std::string audit_head;
};

/// The file staff download for a mail merge, as Dutch Excel and Word read it without a question
/// (a byte order mark, `;`, CRLF): the columns of invitations_csv with Dutch names for the
/// program's own (`stratum`, `volgnummer`), then `code` and `logboekkop` (the audit head).
std::string mail_merge_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& drawn_rows,
                           const std::vector<std::string>& row_strata, const MailMerge& mail_merge);

/// The stratum of each drawn row, in draw order.
std::vector<std::string> drawn_strata(const InvitationDraw& draw);

/// What `mienskip draw --receipt` writes and a forum's draw keeps: method and version, register and
/// exclusion hashes, parameters, commitment, seed, the strata with their allocation, and the
/// SHA-256 of the invitations file, so anyone holding the register can check the draw.
/// `version` is the program's ("mienskip 0.1.0").
nlohmann::json draw_receipt(const InvitationDraw& draw, const DrawParameters& parameters, std::size_t register_rows,
                            const std::string& invitations_sha256, const std::string& version);

}  // namespace mienskip
