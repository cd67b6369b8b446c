#include "core/invitations/invitation_receipt.hpp"

#include "core/base/csv.hpp"
#include "core/base/csv_cell.hpp"

namespace mienskip {

namespace {

// One dialect of the invitations' file: how fields and lines are separated, what precedes them,
// and the names of the program's own columns.
struct InvitationsDialect {
  char separator;
  const char* line_end;
  const char* preamble;
  std::vector<std::string> own_columns;
};

// Staff open these files in a spreadsheet, and the register's fields are text from outside the
// program: every cell but the draw order goes through csv_cell.
std::string invitations_file(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& drawn_rows,
                             const std::vector<std::string>& row_strata, const MailMerge* mail_merge,
                             const InvitationsDialect& dialect) {
  std::string out = dialect.preamble;
  const auto cell = [&](std::string_view text, CellKind kind, bool first) {
    if (!first) out += dialect.separator;
    append_csv_cell(out, text, kind, dialect.separator);
  };
  for (std::size_t c = 0; c < header.size(); ++c) cell(header[c], CellKind::text, c == 0);
  for (const auto& name : dialect.own_columns) out += dialect.separator + name;
  out += dialect.line_end;
  for (std::size_t i = 0; i < drawn_rows.size(); ++i) {
    const auto& row = drawn_rows[i];
    for (std::size_t c = 0; c < row.size(); ++c) cell(trim_view(row[c]), CellKind::text, c == 0);
    cell(row_strata[i], CellKind::text, false);
    cell(std::to_string(i + 1), CellKind::number, false);
    if (mail_merge) {
      cell(mail_merge->codes[i], CellKind::text, false);
      cell(mail_merge->audit_head, CellKind::text, false);
    }
    out += dialect.line_end;
  }
  return out;
}

}  // namespace

std::string invitations_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& drawn_rows,
                            const std::vector<std::string>& row_strata) {
  return invitations_file(header, drawn_rows, row_strata, nullptr, {',', "\n", "", {"stratum", "draw_order"}});
}

std::string mail_merge_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& drawn_rows,
                           const std::vector<std::string>& row_strata, const MailMerge& mail_merge) {
  return invitations_file(header, drawn_rows, row_strata, &mail_merge,
                          {';', "\r\n", "\xEF\xBB\xBF", {"stratum", "volgnummer", "code", "logboekkop"}});
}

std::vector<std::string> drawn_strata(const InvitationDraw& draw) {
  std::vector<std::string> strata;
  strata.reserve(draw.rows.size());
  for (const auto s : draw.row_stratum) strata.push_back(draw.strata[s]);
  return strata;
}

nlohmann::json draw_receipt(const InvitationDraw& draw, const DrawParameters& parameters, std::size_t register_rows,
                            const std::string& invitations_sha256, const std::string& version) {
  nlohmann::json strata = nlohmann::json::array();
  for (std::size_t s = 0; s < draw.strata.size(); ++s) {
    const auto factor = parameters.oversample.find(draw.strata[s]);
    strata.push_back({{"stratum", draw.strata[s]}, {"eligible", draw.eligible[s]}, {"invitations", draw.allocation[s]},
                      {"oversample", factor == parameters.oversample.end() ? 1.0 : factor->second}});
  }
  return {{"method", "mienskip-draw-v1 (docs/lottery.md)"},
          {"version", version},
          {"register_sha256", draw.register_sha256},
          {"register_rows", register_rows},
          {"exclusion_sha256", draw.exclusion_sha256},
          {"excluded", draw.excluded},
          {"parameters", {{"count", parameters.count}, {"stratify_by", parameters.stratify_by},
                          {"household_key", parameters.household_key}}},
          {"commitment", draw.commitment},
          {"seed", draw.seed},
          {"strata", strata},
          {"invitations", draw.rows.size()},
          {"invitations_sha256", invitations_sha256}};
}

}  // namespace mienskip
