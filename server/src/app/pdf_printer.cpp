#include "app/pdf_printer.hpp"

#include <Poco/Exception.h>
#include <Poco/Pipe.h>
#include <Poco/Process.h>
#include <poll.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include "core/base/error.hpp"

namespace mienskip::app {

namespace {

namespace fs = std::filesystem;

const std::string fallback = " The HTML report (report.html) can be printed from a browser instead.";

// A directory only this process's user can read, removed with everything in it at the end.
class PrivateDirectory {
 public:
  PrivateDirectory() {
    std::string pattern = (fs::temp_directory_path() / "mienskip-pdf-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
      throw Error(error_codes::pdf_unavailable, "No temporary directory could be made for the PDF." + fallback);
    }
    path_ = pattern;
  }
  ~PrivateDirectory() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  PrivateDirectory(const PrivateDirectory&) = delete;
  PrivateDirectory& operator=(const PrivateDirectory&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Runs chromium and waits at most `limit`, reading what it prints (never shown to clients: it
// names local paths) so that a full pipe cannot block it. Returns its exit status.
int run_chromium(const std::string& chromium, const std::vector<std::string>& args, const fs::path& directory,
                 std::chrono::seconds limit) {
  Poco::Pipe input, output;
  Poco::Process::Env environment = {{"HOME", directory.string()}};
  Poco::ProcessHandle process =
      Poco::Process::launch(chromium, args, directory.string(), &input, &output, &output, environment);
  input.close();
  const auto deadline = std::chrono::steady_clock::now() + limit;
  bool reading = true;
  for (;;) {
    if (reading) {
      pollfd ready{output.readHandle(), POLLIN, 0};
      if (::poll(&ready, 1, 100) > 0) {
        char buffer[4096];
        reading = output.readBytes(buffer, sizeof buffer) > 0;
      }
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    const int status = process.tryWait();
    if (status != -1) return status;
    if (std::chrono::steady_clock::now() > deadline) {
      Poco::Process::kill(process);
      process.wait();
      throw Error(error_codes::pdf_unavailable, "Chromium took longer than " + std::to_string(limit.count()) +
                                         " seconds to make the PDF and was stopped." + fallback);
    }
  }
}

}  // namespace

std::string print_pdf(const std::string& html, const PdfSettings& settings) {
  if (::access(settings.chromium.c_str(), X_OK) != 0) {
    throw Error(error_codes::pdf_unavailable,
                "No PDF can be made on this server: chromium is not installed at " + settings.chromium +
                    " (install Debian's chromium, or set MIENSKIP_CHROMIUM to its path)." + fallback);
  }
  // One chromium at a time; a second request waits for the first rather than doubling the memory.
  static std::timed_mutex one_at_a_time;
  std::unique_lock lock(one_at_a_time, std::defer_lock);
  if (!lock.try_lock_for(settings.time_limit)) {
    throw Error(error_codes::pdf_unavailable, "The server is busy making another PDF; try again in a minute." + fallback);
  }

  const PrivateDirectory directory;
  const fs::path page = directory.path() / "report.html";
  const fs::path pdf = directory.path() / "report.pdf";
  {
    std::ofstream out(page, std::ios::binary);
    out << html;
    if (!out.flush()) throw Error(error_codes::pdf_unavailable, "The report could not be written for chromium." + fallback);
  }
  const std::vector<std::string> args = {
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-pdf-header-footer",
      "--disable-extensions",
      "--disable-background-networking",
      "--no-first-run",
      "--user-data-dir=" + (directory.path() / "profile").string(),
      "--print-to-pdf=" + pdf.string(),
      "file://" + page.string(),
  };
  int status = 0;
  try {
    status = run_chromium(settings.chromium, args, directory.path(), settings.time_limit);
  } catch (const Poco::Exception& e) {
    throw Error(error_codes::pdf_unavailable,
                "Chromium (" + settings.chromium + ") could not be started: " + e.displayText() + "." + fallback);
  }
  std::string bytes = read_all(pdf);
  if (status != 0 || bytes.rfind("%PDF", 0) != 0) {
    throw Error(error_codes::pdf_unavailable, "Chromium (" + settings.chromium + ") did not make the PDF (exit status " +
                                       std::to_string(status) + ")." + fallback);
  }
  return bytes;
}

}  // namespace mienskip::app
