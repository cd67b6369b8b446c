#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <sys/types.h>
#include <thread>
#include <vector>

namespace mienskip::test {

/// A `mienskip` child process (the binary from MIENSKIP_BINARY) whose stdout and stderr are
/// collected, for tests that exercise the program as an operator runs it.
class ServerProcess {
 public:
  /// Starts `mienskip args...` with `environment` added to (or overriding) this process's one and
  /// `input` (at most a few KB) on its standard input.
  ServerProcess(const std::vector<std::string>& args,
                const std::map<std::string, std::string>& environment, const std::string& input = "");
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  /// The port from the "listening on" line; throws if the process ends or 30 s pass first.
  std::uint16_t port();

  void send_signal(int signal_number) const;

  /// The exit code once the process has ended within `timeout` (128 + signal when killed by one).
  std::optional<int> wait_for_exit(std::chrono::milliseconds timeout);

  bool running();
  std::string output() const;
  /// The output once it holds `needle`, or as it is after `timeout`: the log comes through a pipe
  /// read by another thread, so a line can arrive just after the response it belongs to.
  std::string output_with(const std::string& needle,
                          std::chrono::milliseconds timeout = std::chrono::seconds(10));
  /// All output, once the process has closed its end (after it exited).
  std::string final_output();

 private:
  pid_t pid_ = -1;
  std::optional<int> exit_code_;
  std::thread reader_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::string output_;
  bool closed_ = false;
};

/// What `mienskip` needs to run against `database_url` in a test: the database and a test secret.
std::map<std::string, std::string> server_environment(const std::string& database_url);

/// A path in the source tree (through MIENSKIP_SOURCE_DIR, which CTest sets).
std::string source_path(const std::string& relative_path);

/// Runs `command` with /bin/sh to completion (standard error joined to `output` only when the
/// command says 2>&1); returns its exit code and fills `output`.
int run_shell(const std::string& command, std::string& output);

/// Runs `mienskip args...` to completion; returns its exit code and fills `output`.
int run_mienskip(const std::vector<std::string>& args,
                 const std::map<std::string, std::string>& environment, std::string& output,
                 const std::string& input = "");

/// `mienskip user add --role ROLE --email EMAIL` with the password on standard input, as an
/// administrator does it. Throws with the program's output when it fails.
void add_account(const std::string& database_url, const std::string& role, const std::string& email,
                 const std::string& password);

/// As staff do it: `mienskip survey import survey-templates/TEMPLATE --slug SLUG`, then `mienskip
/// codes generate --count COUNT --print`; returns the printed codes. Throws with the program's
/// output when either step fails.
std::vector<std::string> import_survey_with_codes(const std::string& database_url, const std::string& template_name,
                                                  const std::string& slug, int count);

}  // namespace mienskip::test
