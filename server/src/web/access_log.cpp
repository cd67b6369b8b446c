#include "web/access_log.hpp"

#include <ctime>
#include <iomanip>
#include <sstream>

namespace mienskip::web {

void AccessLog::record(const std::string& request_id, const std::string& method,
                       const std::string& path, int status, std::size_t bytes,
                       std::chrono::microseconds duration) {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::ostringstream line;
  line << std::put_time(&utc, "%Y-%m-%dT%H:%M:%SZ") << " " << request_id << " " << method << " "
       << path << " " << status << " " << bytes << "B " << std::fixed << std::setprecision(1)
       << static_cast<double>(duration.count()) / 1000.0 << "ms\n";
  std::lock_guard lock(mutex_);
  out_ << line.str() << std::flush;
}

}  // namespace mienskip::web
