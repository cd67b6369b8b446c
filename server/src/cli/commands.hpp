#pragma once

#include <string>
#include <vector>

namespace mienskip::cli {

/// `mienskip migrate [--database-url URL] [--service-role ROLE] [--status]`: applies pending
/// migrations as the schema's owner and grants the service's role (default mienskip_service) its
/// rights, or with --status only reports them (exit code 3 when some are pending).
int migrate_command(const std::vector<std::string>& args);

/// `mienskip serve [--port N] ...`: serves HTTP until SIGTERM or SIGINT, then finishes the
/// requests in flight and exits 0. Returns the exit code.
int serve_command(const std::vector<std::string>& args);

/// `mienskip weigh --respondents R.csv --margins M.csv ...`: raking weights, weighted results and
/// representativeness diagnostics (see `mienskip help`). Returns the exit code.
int weigh_command(const std::vector<std::string>& args);

/// `mienskip draw [commit] --register R.csv --count N ...`: the verifiable invitation draw, or
/// with `commit` only the commitment to publish before the seed is known.
int draw_command(const std::vector<std::string>& args);

/// `mienskip select --pool DIR --panel-size K ...`: selection probabilities (LEXIMIN by
/// default), the 1,000-ticket lottery and, with --seed or --lottery-number, the panel.
int select_command(const std::vector<std::string>& args);

/// `mienskip alternates --pool DIR --panel-json SELECTED.json --dropouts a,b --seed TEXT`:
/// replacements that keep every quota. Returns the exit code.
int alternates_command(const std::vector<std::string>& args);

/// `mienskip survey import TEMPLATE.json --slug SLUG [--open]`: creates a survey from a template,
/// refusing an invalid one with every schema error. `mienskip survey export --survey SLUG --out
/// responses.csv [--excel] [--codebook F] [--codebook-csv F] [--r-script F]`: the responses, a
/// codebook and an R script for analysts' own tools.
int survey_command(const std::vector<std::string>& args);

/// `mienskip codes generate --survey SLUG --count N --out codes.csv`: invitation codes for a
/// mail merge; the database keeps only their keyed hashes.
int codes_command(const std::vector<std::string>& args);

/// `mienskip forum demo [--slug SLUG] [--if-missing] [--print-codes N] [--codes-file PATH]
/// [--register-out PATH]`: the
/// demo burgerforum with a fictional register, its invitations drawn and volunteers signed up;
/// prints letter codes no one used (only known when it is made). A demo forum that an earlier
/// run left unfinished is finished, each step once. Returns the exit code.
int forum_command(const std::vector<std::string>& args);

/// `mienskip user add --role admin|analyst --email ADDRESS`: a staff account; the password comes
/// from the terminal (not echoed) or the first line of standard input.
int user_command(const std::vector<std::string>& args);

/// `mienskip audit verify [--expect HASH@POSITION] [--expect-file F]`: checks the audit log's hash
/// chain and that it still holds every head published earlier; exit 1 naming the first entry that
/// was edited or deleted, or the head it lost. `mienskip audit export --out F`: the entries as JSON
/// lines for an accountant.
int audit_command(const std::vector<std::string>& args);

}  // namespace mienskip::cli
