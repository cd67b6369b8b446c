#include "web/request_handler.hpp"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include <array>
#include <atomic>
#include <chrono>
#include <random>

#include "core/error.hpp"
#include "web/connection_watchdog.hpp"
#include "web/dispatch.hpp"
#include "web/error_status.hpp"

namespace mienskip::web {

namespace {

// Request ids let an operator find a failure in the log from what a user reports; a random
// per-process prefix keeps them apart across restarts and server instances.
std::string next_request_id() {
  static const std::string prefix = [] {
    std::random_device random;
    static constexpr char hex[] = "0123456789abcdef";
    std::string text;
    for (int i = 0; i < 8; ++i) text.push_back(hex[random() % 16]);
    return text;
  }();
  static std::atomic<unsigned long long> counter{0};
  return prefix + "-" + std::to_string(++counter);
}

Error too_large(std::size_t limit) {
  return Error("payload_too_large",
               "The request is larger than this service accepts (" + std::to_string(limit) + " bytes).");
}

// Refuses, before reading anything, a body that cannot be read within `limit`.
void check_declared_length(Poco::Net::HTTPServerRequest& request, std::size_t limit) {
  const auto declared = request.getContentLength64();
  const std::string& method = request.getMethod();
  const bool may_have_body = method != "GET" && method != "HEAD" && method != "DELETE" &&
                             method != "OPTIONS";
  if (may_have_body && declared == Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
      !request.getChunkedTransferEncoding()) {
    // Without a length Poco would read until the client closes: refuse instead of waiting.
    throw Error("length_required", "Send the request with a Content-Length or chunked body.");
  }
  if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
      static_cast<unsigned long long>(declared) > limit) {
    throw too_large(limit);
  }
}

// An upload's body (always with a declared length) as its handler reads it, within the limit.
class PocoBodyStream : public BodyStream {
 public:
  PocoBodyStream(Poco::Net::HTTPServerRequest& request, std::size_t limit)
      : in_(request.stream()), declared_(request.getContentLength64()), limit_(limit) {}

  std::size_t read(char* buffer, std::size_t size) override {
    if (ended_) return 0;
    std::size_t got = 0;
    try {
      in_.read(buffer, static_cast<std::streamsize>(size));
      got = static_cast<std::size_t>(in_.gcount());
    } catch (const std::exception&) {
      in_.setstate(std::ios::badbit);
    }
    if (in_.bad()) {
      // The watchdog shut the socket, or the client went away.
      failed_ = true;
      throw Error("request_timeout", "The upload did not arrive completely.");
    }
    received_ += got;
    if (received_ > limit_) {
      failed_ = true;
      throw too_large(limit_);
    }
    if (got == 0) {
      ended_ = true;
      // A body that ends before its declared length was cut off, never a whole upload.
      if (received_ != static_cast<std::size_t>(declared_)) {
        failed_ = true;
        throw Error("request_timeout", "The upload did not arrive completely.");
      }
    }
    return got;
  }

  // Reads and drops what the handler left (it may have refused the upload at once): the client is
  // probably still sending, and would otherwise see the connection reset instead of the answer.
  // False when the rest cannot be read, so the connection cannot carry another request.
  bool drain() noexcept {
    if (failed_) return false;
    try {
      std::array<char, 65536> buffer{};
      while (read(buffer.data(), buffer.size()) > 0) {
      }
      return true;
    } catch (...) {
      return false;
    }
  }

 private:
  std::istream& in_;
  const Poco::Int64 declared_;
  const std::size_t limit_;
  std::size_t received_ = 0;
  bool ended_ = false;
  bool failed_ = false;
};

// A lingering close, as nginx makes one: a client whose upload was refused before its body was
// read is probably still sending it, and closing a socket with unread bytes makes the kernel
// reset the connection, which can destroy the answer before the client reads it. So read and drop
// what still comes until the client closes (or pauses for a second), for five seconds at most.
void linger(Poco::Net::HTTPServerRequest& request) noexcept {
  try {
    auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request);
    if (!impl) return;
    Poco::Net::StreamSocket& socket = impl->socket();
    socket.setReceiveTimeout(Poco::Timespan(1, 0));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    std::array<char, 65536> buffer{};
    while (std::chrono::steady_clock::now() < deadline) {
      if (socket.receiveBytes(buffer.data(), static_cast<int>(buffer.size())) <= 0) break;
    }
  } catch (...) {
    // The client is gone or too slow: the connection closes either way.
  }
}

std::string read_body(Poco::Net::HTTPServerRequest& request, std::size_t limit) {
  check_declared_length(request, limit);
  const auto declared = request.getContentLength64();
  std::string body;
  std::array<char, 8192> buffer{};
  std::istream& in = request.stream();
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
    body.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (body.size() > limit) throw too_large(limit);
  }
  if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
      body.size() != static_cast<std::size_t>(declared)) {
    // Never hand a handler half a form: the client went away or was too slow.
    throw Error("request_timeout", "The request did not arrive completely.");
  }
  return body;
}

class RequestHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit RequestHandler(const ServiceContext& context) : context_(context) {}

  void handleRequest(Poco::Net::HTTPServerRequest& poco_request,
                     Poco::Net::HTTPServerResponse& poco_response) override {
    const auto started = std::chrono::steady_clock::now();
    const std::string request_id = next_request_id();
    std::string logged_path = "-";
    Response response;
    bool close_connection = false;
    bool refused_upload_unread = false;
    try {
      const Poco::URI uri(poco_request.getURI());
      Request request;
      request.method = poco_request.getMethod();
      request.path = uri.getPath();
      logged_path = request.path;
      for (auto& [name, value] : uri.getQueryParameters()) request.query.emplace(name, value);
      request.content_type = poco_request.getContentType();
      request.client = poco_request.clientAddress().host().toString();
      for (const auto& [name, value] : poco_request) {
        std::string lower = name;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        request.headers[lower] = value;
      }
      if (context_.router->is_upload(request.method, request.path)) {
        refused_upload_unread = true;
        if (poco_request.getContentLength64() == Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH) {
          // Poco ends a chunked body that breaks off as if it were complete: only a declared
          // length tells a cut-off upload from a whole one.
          throw Error("length_required", "Send the upload with a Content-Length (not chunked).");
        }
        check_declared_length(poco_request, context_.max_upload_bytes);
        refused_upload_unread = false;
        allow_upload(context_.upload_timeout);
        PocoBodyStream body(poco_request, context_.max_upload_bytes);
        request.body_stream = &body;
        // The handler reads (and stores) the body as it arrives, under the upload's deadline.
        response = dispatch(*context_.router, std::move(request), request_id, *context_.error_log);
        close_connection = !body.drain();
        mark_request_read();
      } else {
        request.body = read_body(poco_request, context_.max_body_bytes);
        mark_request_read();
        response = dispatch(*context_.router, std::move(request), request_id, *context_.error_log);
      }
    } catch (const Error& e) {
      // The body was not (fully) read, so the connection cannot carry another request.
      close_connection = true;
      response = error_response(e.code(), e.what());
    } catch (const Poco::SyntaxException&) {
      response = error_response("bad_request", "The address of this request is not valid.");
    } catch (const std::exception& e) {
      close_connection = true;
      *context_.error_log << "request " << request_id << " could not be read: " << e.what()
                          << std::endl;
      response = error_response("bad_request", "The request could not be read.");
    }

    std::size_t sent = 0;
    try {
      poco_response.setStatusAndReason(
          static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
      poco_response.setContentType(response.content_type);
      poco_response.set("X-Request-Id", request_id);
      poco_response.set("X-Content-Type-Options", "nosniff");
      poco_response.set("Cache-Control", "no-store");
      for (const auto& [name, value] : response.headers) poco_response.set(name, value);
      if (close_connection) poco_response.setKeepAlive(false);
      if (poco_request.getMethod() == "HEAD") {
        poco_response.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
        poco_response.send();
      } else {
        poco_response.sendBuffer(response.body.data(), response.body.size());
        sent = response.body.size();
      }
    } catch (const std::exception&) {
      // The client went away; there is nobody left to tell.
    }
    if (refused_upload_unread) linger(poco_request);
    mark_response_sent();
    context_.access_log->record(
        request_id, poco_request.getMethod(), logged_path, response.status, sent,
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                              started));
  }

 private:
  const ServiceContext& context_;
};

}  // namespace

Poco::Net::HTTPRequestHandler* RequestHandlerFactory::createRequestHandler(
    const Poco::Net::HTTPServerRequest&) {
  return new RequestHandler(context_);
}

}  // namespace mienskip::web
