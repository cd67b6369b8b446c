#pragma once

#include <string>
#include <vector>

#include "core/survey/response_export.hpp"

#include "core/weighting/margins_source.hpp"

namespace mienskip {

/// What the report says about the survey that neither the definition nor the weighting knows.
struct CouncilReportFacts {
  std::string municipality;      // "Súdwest-Fryslân"; empty: not named
  bool invitation_codes = true;  // only residents with a personal code could answer
  long responses = 0;            // every stored response, also those the weighting could not use
  std::string first_response;    // UTC, "2026-11-25T18:31:05Z"; empty when there are none
  std::string last_response;
  std::string generated_at;  // UTC, as above
  // The audit log's head when the report was made (HASH@POSITION, core/crypto/audit_chain), so a
  // reader can later check that the log behind it was not cut or rewritten; empty: not known.
  std::string audit_head;
  // What made the report: "Mienskip 0.1.0"; empty: not named.
  std::string software;
  // The SHA-256 (hex) of the responses file `mienskip survey export` writes for the survey at this
  // moment (standard dialect, with the weight column), so a reader can check that the report was
  // made from the file they have (sha256sum responses.csv); empty: not known.
  std::string responses_sha256;
  // Where the margins come from, as stated with their upload; empty parts: not stated.
  MarginsSource margins_source;
};

/// The facts the stored responses give: how many, the first and the last.
CouncilReportFacts council_report_facts(const std::vector<ExportedResponse>& responses, bool invitation_codes,
                                        const std::string& generated_at);

/// When residents answered, as the report writes it (here in Dutch): "op 25 november 2026" (one day), "van 25
/// november tot en met 20 december 2026" (one year: the year once) or "van 30 december 2026 tot en
/// met 2 januari 2027", in Dutch time.
struct ReportPeriod {
  bool known = false;    // there are responses
  bool one_day = false;  // all of them on one day: `to` is that day
  std::string from;      // "25 november", with the year only when `to` is in another one
  std::string to;        // "20 december 2026"
};

/// The period of `facts`' first and last response.
ReportPeriod report_period(const CouncilReportFacts& facts, Language language);

}  // namespace mienskip
