#pragma once

#include <Poco/Net/TCPServer.h>
#include <Poco/ThreadPool.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

#include "web/http/access_log.hpp"
#include "web/http/connection_watchdog.hpp"
#include "web/http/request_handler.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

struct ServerSettings {
  std::string bind_address = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port; see HttpServer::port()
  std::size_t threads = 16;
  std::size_t max_queued = 64;
  std::size_t max_body_bytes = 1024 * 1024;
  // Upload routes only (a population register of a million residents is some 100 MB); their
  // bodies stream through the handler instead of being held.
  std::size_t max_upload_bytes = 200 * 1024 * 1024;
  std::chrono::milliseconds upload_timeout{600000};  // a whole upload must arrive and be stored within this
  // Authenticated uploads read at once: each holds a worker thread and a database connection for
  // as long as the file takes, so a few must always be left for everyone else.
  std::size_t max_concurrent_uploads = 2;
  // Reverse proxies whose X-Forwarded-For / X-Real-IP name the client (deploy/nginx.conf); from
  // any other peer these headers are ignored, so nobody can pick the address their limits count on.
  TrustedProxies trusted_proxies;
  std::chrono::milliseconds request_timeout{10000};  // a whole request must arrive within this
  std::chrono::milliseconds keep_alive{5000};
};

/// The HTTP service: Poco's server with Mienskip's limits and a graceful stop.
class HttpServer {
 public:
  /// Binds the listening socket at once, so a taken port fails here, before anything else starts.
  HttpServer(const Router& router, const ServerSettings& settings, std::ostream& access_log,
             std::ostream& error_log);
  ~HttpServer();

  void start();
  std::uint16_t port() const;

  /// Stops accepting connections and lets requests in flight finish, waiting at most `drain`;
  /// requests still running then are aborted. Returns true when every request finished.
  bool stop(std::chrono::milliseconds drain);

 private:
  AccessLog access_log_;
  ConnectionWatchdog watchdog_;
  Poco::ThreadPool threads_;
  RequestHandlerFactory* handlers_;  // owned by handlers_owner_
  Poco::Net::HTTPRequestHandlerFactory::Ptr handlers_owner_;
  std::unique_ptr<Poco::Net::TCPServer> server_;
  bool stopped_ = false;
};

}  // namespace mienskip::web
