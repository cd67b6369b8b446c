#include "web/http/http_server.hpp"

#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

#include <thread>

#include "core/base/error.hpp"

namespace mienskip::web {

namespace {

// Poco's HTTP connection, run under the watchdog so that a slow client cannot keep its thread.
class WatchedHttpConnection : public Poco::Net::TCPServerConnection {
 public:
  WatchedHttpConnection(const Poco::Net::StreamSocket& socket,
                        Poco::Net::HTTPServerParams::Ptr params,
                        Poco::Net::HTTPRequestHandlerFactory::Ptr handlers,
                        ConnectionWatchdog& watchdog, const ServerSettings& settings)
      : TCPServerConnection(socket),
        params_(std::move(params)),
        handlers_(std::move(handlers)),
        watchdog_(watchdog),
        settings_(settings) {}

  void run() override {
    WatchedConnection watched(watchdog_, socket(), settings_.request_timeout,
                              settings_.keep_alive);
    Poco::Net::HTTPServerConnection http(socket(), params_, handlers_);
    http.run();
  }

 private:
  Poco::Net::HTTPServerParams::Ptr params_;
  Poco::Net::HTTPRequestHandlerFactory::Ptr handlers_;
  ConnectionWatchdog& watchdog_;
  const ServerSettings& settings_;
};

class WatchedHttpConnectionFactory : public Poco::Net::TCPServerConnectionFactory {
 public:
  WatchedHttpConnectionFactory(Poco::Net::HTTPServerParams::Ptr params,
                               Poco::Net::HTTPRequestHandlerFactory::Ptr handlers,
                               ConnectionWatchdog& watchdog, ServerSettings settings)
      : params_(std::move(params)),
        handlers_(std::move(handlers)),
        watchdog_(watchdog),
        settings_(std::move(settings)) {}

  Poco::Net::TCPServerConnection* createConnection(
      const Poco::Net::StreamSocket& socket) override {
    return new WatchedHttpConnection(socket, params_, handlers_, watchdog_, settings_);
  }

 private:
  Poco::Net::HTTPServerParams::Ptr params_;
  Poco::Net::HTTPRequestHandlerFactory::Ptr handlers_;
  ConnectionWatchdog& watchdog_;
  ServerSettings settings_;
};

Poco::Timespan timespan(std::chrono::milliseconds duration) {
  return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(duration.count()) * 1000);
}

}  // namespace

HttpServer::HttpServer(const Router& router, const ServerSettings& settings,
                       std::ostream& access_log, std::ostream& error_log)
    : access_log_(access_log),
      threads_(2, static_cast<int>(settings.threads), 60),
      handlers_(new RequestHandlerFactory(
          ServiceContext{&router, &access_log_, &error_log, settings.max_body_bytes,
                         settings.max_upload_bytes, settings.upload_timeout,
                         settings.max_concurrent_uploads, settings.trusted_proxies})),
      handlers_owner_(handlers_) {
  auto params = Poco::Net::HTTPServerParams::Ptr(new Poco::Net::HTTPServerParams);
  params->setMaxThreads(static_cast<int>(settings.threads));
  params->setMaxQueued(static_cast<int>(settings.max_queued));
  params->setTimeout(timespan(settings.request_timeout));
  params->setKeepAlive(true);
  params->setKeepAliveTimeout(timespan(settings.keep_alive));
  params->setMaxKeepAliveRequests(1000);
  params->setServerName("mienskip");

  Poco::Net::ServerSocket socket;
  try {
    // Reuse the address (restarts need not wait for TIME_WAIT) but never the port: a second
    // server on a taken port must fail, not silently share it.
    socket.bind(Poco::Net::SocketAddress(settings.bind_address, settings.port), true, false);
    socket.listen(128);
  } catch (const Poco::Exception& e) {
    throw Error(error_codes::cannot_listen, "cannot listen on " + settings.bind_address + ":" +
                                     std::to_string(settings.port) + ": " + e.message() +
                                     (e.message().empty() ? e.displayText() : ""));
  }
  server_ = std::make_unique<Poco::Net::TCPServer>(
      new WatchedHttpConnectionFactory(params, handlers_owner_, watchdog_, settings), threads_, socket,
      params);
}

HttpServer::~HttpServer() {
  if (!stopped_) stop(std::chrono::milliseconds(0));
}

void HttpServer::start() { server_->start(); }

std::uint16_t HttpServer::port() const { return server_->socket().address().port(); }

bool HttpServer::stop(std::chrono::milliseconds drain) {
  stopped_ = true;
  server_->stop();
  // Connections close after their current request instead of waiting for another one.
  handlers_->announce_stop(false);
  const auto deadline = std::chrono::steady_clock::now() + drain;
  while (server_->currentConnections() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const bool drained = server_->currentConnections() == 0;
  if (!drained) handlers_->announce_stop(true);
  threads_.joinAll();
  return drained;
}

}  // namespace mienskip::web
