#include "core/invitations/invitation_receipt.hpp"

#include "core/base/csv.hpp"
#include "core/base/csv_cell.hpp"

namespace mienskip {

std::string invitations_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& drawn_rows,
                            const std::vector<std::string>& row_strata, const MailMerge* mail_merge) {
  // Staff open the mail-merge file in a spreadsheet, and the register's fields are text from outside
  // the program: every cell but the draw order goes through csv_cell.
  std::string out;
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (c) out += ',';
    append_csv_cell(out, header[c]);
  }
  out += mail_merge ? ",stratum,draw_order,code,audit_head\n" : ",stratum,draw_order\n";
  for (std::size_t i = 0; i < drawn_rows.size(); ++i) {
    const auto& row = drawn_rows[i];
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c) out += ',';
      append_csv_cell(out, trim_view(row[c]));
    }
    out += ',';
    append_csv_cell(out, row_strata[i]);
    out += ',';
    append_csv_cell(out, std::to_string(i + 1), CellKind::number);
    if (mail_merge) {
      out += ',';
      append_csv_cell(out, mail_merge->codes[i]);
      out += ',';
      append_csv_cell(out, mail_merge->audit_head);
    }
    out += '\n';
  }
  return out;
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
