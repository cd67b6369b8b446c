#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <ostream>

#include "web/http/access_log.hpp"
#include "web/http/client_address.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// What every request handler shares; owned by the server, which outlives its handlers.
struct ServiceContext {
  const Router* router;
  AccessLog* access_log;
  std::ostream* error_log;
  std::size_t max_body_bytes;
  std::size_t max_upload_bytes;             // on upload routes (Router::add_upload) instead
  std::chrono::milliseconds upload_timeout;  // an upload must arrive and be handled within this
  std::size_t max_concurrent_uploads;        // uploads read at once; more are refused (503)
  TrustedProxies trusted_proxies;            // whose X-Forwarded-For names the client
};

/// Turns Poco requests into `Request`s (reading the body within the size limit), dispatches them,
/// and writes the `Response`, with an access-log line for each.
class RequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit RequestHandlerFactory(ServiceContext context) : context_(context) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest& request) override;

  /// Tells the open connections that the server stops: with `abort_current` false they close
  /// after their current request, with true at once.
  void announce_stop(bool abort_current) { serverStopped(this, abort_current); }

 private:
  ServiceContext context_;
  std::atomic<std::size_t> uploads_{0};  // upload bodies being read now
};

}  // namespace mienskip::web
