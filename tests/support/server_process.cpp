#include "support/server_process.hpp"

#include "support/test_database.hpp"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace mienskip::test {

namespace {

std::string binary() {
  const char* path = std::getenv("MIENSKIP_BINARY");
  if (!path || !*path) throw std::runtime_error("MIENSKIP_BINARY is not set: run through ctest");
  return path;
}

int decode_status(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace

ServerProcess::ServerProcess(const std::vector<std::string>& args,
                             const std::map<std::string, std::string>& environment, const std::string& input) {
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  int input_fds[2];
  if (pipe2(input_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  const std::string program = binary();
  std::vector<std::string> argv_text{program};
  argv_text.insert(argv_text.end(), args.begin(), args.end());

  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    dup2(input_fds[0], STDIN_FILENO);
    dup2(pipe_fds[1], STDOUT_FILENO);
    dup2(pipe_fds[1], STDERR_FILENO);
    for (const auto& [name, value] : environment) setenv(name.c_str(), value.c_str(), 1);
    std::vector<char*> argv;
    for (auto& arg : argv_text) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  close(pipe_fds[1]);
  close(input_fds[0]);
  // Small inputs fit in the pipe's buffer; closing gives the child end-of-file after them.
  if (!input.empty() && write(input_fds[1], input.data(), input.size()) < 0) {
    close(input_fds[1]);
    throw std::runtime_error("writing the input failed");
  }
  close(input_fds[1]);
  const int read_fd = pipe_fds[0];
  reader_ = std::thread([this, read_fd] {
    char buffer[4096];
    ssize_t n;
    while ((n = read(read_fd, buffer, sizeof buffer)) > 0) {
      std::lock_guard lock(mutex_);
      output_.append(buffer, static_cast<std::size_t>(n));
      changed_.notify_all();
    }
    close(read_fd);
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
  });
}

ServerProcess::~ServerProcess() {
  if (running()) {
    kill(pid_, SIGKILL);
    wait_for_exit(std::chrono::seconds(10));
  }
  if (reader_.joinable()) reader_.join();
}

std::uint16_t ServerProcess::port() {
  static const std::regex listening(R"(listening on http://[^:]+:([0-9]+)/)");
  std::unique_lock lock(mutex_);
  std::smatch match;
  const bool found = changed_.wait_for(lock, std::chrono::seconds(30), [&] {
    return std::regex_search(output_, match, listening) || closed_;
  });
  if (!found || match.empty()) {
    throw std::runtime_error("mienskip serve did not start listening; its output:\n" + output_);
  }
  return static_cast<std::uint16_t>(std::stoi(match[1].str()));
}

void ServerProcess::send_signal(int signal_number) const { kill(pid_, signal_number); }

std::optional<int> ServerProcess::wait_for_exit(std::chrono::milliseconds timeout) {
  if (exit_code_) return exit_code_;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  do {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      exit_code_ = decode_status(status);
      return exit_code_;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  } while (std::chrono::steady_clock::now() < deadline);
  return std::nullopt;
}

bool ServerProcess::running() { return !wait_for_exit(std::chrono::milliseconds(0)); }

std::string ServerProcess::output() const {
  std::lock_guard lock(mutex_);
  return output_;
}

std::string ServerProcess::output_with(const std::string& needle, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return closed_ || output_.find(needle) != std::string::npos; });
  return output_;
}

std::string ServerProcess::final_output() {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, std::chrono::seconds(10), [this] { return closed_; });
  return output_;
}

std::map<std::string, std::string> server_environment(const std::string& database_url) {
  // As in production: the service's own role, which cannot rewrite the audit log.
  // A draw's commitment needs no waiting time here; forum_draw_test sets one where it tests it.
  // Two-factor sign-in is optional, so the tests of everything else sign in with a password;
  // staff_two_factor_test runs the production rule (every admin must have it).
  return {{"DATABASE_URL", as_service(database_url)},
          {"MIENSKIP_SECRET", "test-secret-0123456789abcdef-0123456789"},
          {"MIENSKIP_COMMITMENT_WAIT", "0"},
          {"MIENSKIP_TWO_FACTOR", "optional"}};
}

std::string source_path(const std::string& relative_path) {
  const char* root = std::getenv("MIENSKIP_SOURCE_DIR");
  return std::string(root ? root : ".") + "/" + relative_path;
}

int run_shell(const std::string& command, std::string& output) {
  output.clear();
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run: " + command);
  char buffer[4096];
  while (const auto n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  return WEXITSTATUS(pclose(pipe));
}

int run_mienskip(const std::vector<std::string>& args,
                 const std::map<std::string, std::string>& environment, std::string& output, const std::string& input) {
  ServerProcess process(args, environment, input);
  const auto code = process.wait_for_exit(std::chrono::seconds(60));
  if (!code) throw std::runtime_error("mienskip did not finish within 60 s");
  output = process.final_output();
  return *code;
}

void add_account(const std::string& database_url, const std::string& role, const std::string& email,
                 const std::string& password) {
  std::string output;
  if (run_mienskip({"user", "add", "--role", role, "--email", email}, server_environment(database_url), output,
                   password + "\n") != 0) {
    throw std::runtime_error("user add failed: " + output);
  }
}

std::vector<std::string> import_survey_with_codes(const std::string& database_url, const std::string& template_name,
                                                  const std::string& slug, int count) {
  const auto environment = server_environment(database_url);
  std::string output;
  if (run_mienskip({"survey", "import", source_path("survey-templates/" + template_name), "--slug", slug}, environment,
                   output) != 0) {
    throw std::runtime_error("survey import failed: " + output);
  }
  if (run_mienskip({"codes", "generate", "--survey", slug, "--count", std::to_string(count), "--print"}, environment,
                   output) != 0) {
    throw std::runtime_error("codes generate failed: " + output);
  }
  std::vector<std::string> codes;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    if (line.size() == 14 && line[4] == '-') codes.push_back(line);  // XXXX-XXXX-XXXX
  }
  if (codes.size() != static_cast<std::size_t>(count)) throw std::runtime_error("unexpected codes output: " + output);
  return codes;
}

}  // namespace mienskip::test
