#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/memory_tuning.hpp"
#include "core/base/error.hpp"

namespace {

constexpr const char* usage = R"(mienskip - citizens' assemblies and participatory value evaluation

usage: mienskip <command> [options]

commands:
  serve     serve the web application and API
            --port N (MIENSKIP_PORT, default 8080; 0 picks a free port)
            --bind ADDRESS (MIENSKIP_BIND, default 127.0.0.1)
            --database-url URL (DATABASE_URL)
            --threads N, --queue N, --max-body-bytes N, --request-timeout S,
            --keep-alive S, --drain-timeout S, --db-pool-size N
            --max-upload-bytes N (default 200 MB), --upload-timeout S (default 600):
            the register upload route only, whose body streams into the database
            --max-concurrent-uploads N (default 2): uploads read at once; more get 503
            --trusted-proxy LIST (MIENSKIP_TRUSTED_PROXY): addresses or networks of reverse
            proxies (e.g. 127.0.0.1,::1) whose X-Forwarded-For names the client
            --static-dir DIR (server/static), --admin-dir DIR (admin-ui/dist),
            --templates-dir DIR (survey-templates; each also as MIENSKIP_..._DIR)
            --chromium PATH (MIENSKIP_CHROMIUM, default /usr/bin/chromium; prints report PDFs)
            --public-url URL (MIENSKIP_PUBLIC_URL, e.g. https://burgerforum.gemeente.nl; printed on
            the invitation letters; without it they take the address staff's browser used)
            --commitment-wait S (MIENSKIP_COMMITMENT_WAIT, default 86400): how long a
            commitment to an invitation draw is public before its seed may be entered
            --two-factor admins|staff|optional (MIENSKIP_TWO_FACTOR, default admins): who must
            sign in with a code from an authenticator app as well; optional is for tests and demos
            secret from MIENSKIP_SECRET or MIENSKIP_SECRET_FILE (at least 32 characters)
            refuses a database role that could rewrite the audit log (the schema's owner, a
            superuser); --allow-owner-role (MIENSKIP_ALLOW_OWNER_ROLE=1) serves anyway, for
            development
  migrate   bring the database schema up to date
            --database-url URL (DATABASE_URL), as the role that owns the schema
            --service-role ROLE (MIENSKIP_SERVICE_ROLE, default mienskip_service): the role
            `serve` runs as; granted the tables, but only INSERT and SELECT on the audit log
            --status (report only; exit 3 if pending)
  draw      draw residents to invite from a population register extract, verifiably
            draw commit --register R.csv --count N [options]   (prints the commitment to publish)
            draw --register R.csv --count N --seed TEXT --out INVITATIONS.csv --receipt RECEIPT.json
            [--stratify-by COLUMN] [--oversample STRATUM=FACTOR,...] [--household-key COL,COL]
            [--exclude IDS.csv] [--commitment HEX (refuse if the inputs changed)]
  select    select a citizens' assembly panel by lot, as fairly as the quotas allow
            --pool DIR (categories.csv + respondents.csv, or features.csv + candidates.csv)
            [--panel-size K] [--algorithm leximin|maximin|legacy] [--household-columns a,b]
            [--seed TEXT | --lottery-number 0-999] [--time-limit SECONDS] [--json OUT.json]
            [--id-column NAME] (Sortition Foundation format: the id column, else id or
            nationbuilder_id; replication format: record numbers from 1)
  alternates  replacements for panel members who dropped out, keeping every quota
            --pool DIR --panel-json SELECTED.json --dropouts ID,ID --seed TEXT [--json OUT.json]
            (members of the panel, each once; the seed as the staff app takes it)
  weigh     weight survey respondents to population margins and report weighted results
            --respondents R.csv --margins M.csv (variable,category,population_count)
            (R.csv: what `survey export` wrote, as it is, or id + one column per variable)
            [--vars a,b] [--scenarios S1,S2] [--lower L --upper U] [--by VAR]
            [--min-domain-ess 50] [--invited CODES] [--missing keep|drop|error]
            [--json OUT.json] [--weights-csv OUT.csv] [--format text|json]
  survey    survey import TEMPLATE.json --slug SLUG [--open] [--if-missing] [--database-url URL]
            creates a survey from a template (survey-templates/); --open: no invitation codes
            survey export --survey SLUG --out responses.csv [--excel] [--codebook codebook.json]
            [--codebook-csv codebook.csv] [--r-script read_export.R] [--database-url URL]
            every response as CSV for R, SPSS or Excel (--excel: BOM, `;`, decimal comma),
            with a codebook in nl/fy/en and an R script; no invitation codes in any file
            survey report --survey SLUG --out report.html [--pdf report.pdf] [--language nl|fy|en]
                          [--database-url URL]
            the report for the council (A4; Dutch, Frisian or English): weighted results with the stored margins;
            --pdf through headless chromium (MIENSKIP_CHROMIUM, default /usr/bin/chromium)
            survey demo TEMPLATE.json --slug SLUG --margins MARGINS.csv [--responses N] [--source TEXT]
                        [--reference-date YYYY-MM-DD] [--population TEXT] [--if-missing]
            an open survey labelled as a demo, with N fictional responses (default 1400) and
            the margins, to try results, exports and the council report at once
  codes     codes generate --survey SLUG --count N --out codes.csv [--print]
            invitation codes for a mail merge (needs the server's MIENSKIP_SECRET[_FILE])
  forum     forum demo [--slug burgerforum-demo] [--if-missing] [--print-codes 5] [--codes-file PATH]
            [--database-url URL]: a demo burgerforum to try, entirely fictional: 3,000 made-up
            residents, 1,000 letters drawn, 150 volunteers, sign-up open; prints (and writes to
            PATH) letter codes no one used, for its sign-up page /f/SLUG. --if-missing: leave an
            existing forum as it is. A demo forum an earlier run left unfinished is finished.
            --register-out PATH: its register, to redo the draw. Needs the server's
            MIENSKIP_SECRET[_FILE]
  user      user add --role admin|analyst|none --email ADDRESS [--database-url URL]: a staff
            account; password from the terminal or the first line of standard input
            user list: every account with its role, status, last sign-in, sessions and tasks
            user role --email ADDRESS --role admin|analyst|none;
            user grant --email ADDRESS --forum SLUG --role forum_manager|caller, or --survey SLUG
            --role survey_manager|analyst: a task on one forum or survey; user revoke --email
            ADDRESS --forum SLUG|--survey SLUG; user disable|enable|end-sessions|remove
            --email ADDRESS; user reset-two-factor --email ADDRESS (a lost phone);
            user password --email ADDRESS: a temporary password (standard input)
            its owner replaces at the next sign-in. Each is audited; the last enabled admin
            cannot be removed, disabled or made analyst
  audit     audit verify [--expect HASH@POSITION] [--expect-file HEADS.txt] [--database-url URL]:
            checks that no audit log entry was edited or deleted, and that the log still holds
            each head published earlier (on a verification page, a council report or letters)
            audit export --out AUDIT.jsonl: every entry as the hashes cover it, for an accountant
            (deploy/audit-recheck.sh AUDIT.jsonl redoes the hashes with jq and sha256sum)
  version   print the version
  help      print this text
)";

}  // namespace

int main(int argc, char** argv) {
  // A client that disconnects mid-response must not kill the process.
  std::signal(SIGPIPE, SIG_IGN);
  mienskip::keep_freed_memory();

  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    std::cout << usage;
    return args.empty() ? 2 : 0;
  }
  const std::string& command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  try {
    if (command == "serve") return mienskip::cli::serve_command(rest);
    if (command == "migrate") return mienskip::cli::migrate_command(rest);
    if (command == "weigh") return mienskip::cli::weigh_command(rest);
    if (command == "select") return mienskip::cli::select_command(rest);
    if (command == "draw") return mienskip::cli::draw_command(rest);
    if (command == "alternates") return mienskip::cli::alternates_command(rest);
    if (command == "survey") return mienskip::cli::survey_command(rest);
    if (command == "codes") return mienskip::cli::codes_command(rest);
    if (command == "audit") return mienskip::cli::audit_command(rest);
    if (command == "forum") return mienskip::cli::forum_command(rest);
    if (command == "user") return mienskip::cli::user_command(rest);
    if (command == "version" || command == "--version") {
      std::cout << "mienskip " << MIENSKIP_VERSION << '\n';
      return 0;
    }
    std::cerr << "mienskip: unknown command '" << command << "'\n\n" << usage;
    return 2;
  } catch (const mienskip::Error& e) {
    std::cerr << "mienskip " << command << ": " << e.what() << " [" << e.code() << "]\n";
    return e.code() == mienskip::error_codes::usage ? 2 : 1;
  } catch (const std::exception& e) {
    std::cerr << "mienskip " << command << ": " << e.what() << '\n';
    return 1;
  }
}
