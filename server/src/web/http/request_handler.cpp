#include "web/http/request_handler.hpp"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <array>
#include <atomic>
#include <chrono>
#include <random>
#include <set>

#include "core/base/error.hpp"
#include "core/base/form_body.hpp"
#include "core/base/utf8.hpp"
#include "web/http/connection_watchdog.hpp"
#include "web/http/dispatch.hpp"
#include "web/http/error_status.hpp"
#include "web/http/security_headers.hpp"

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
  return Error(error_codes::payload_too_large,
               "The request is larger than this service accepts (" + std::to_string(limit) + " bytes).");
}

// Refuses, before reading anything, a request whose method or body framing is not one Mienskip
// serves: an unknown method, a length that is not a plain number, or both a length and chunks
// (which a proxy and this server might read differently: request smuggling).
void check_framing(const Poco::Net::HTTPServerRequest& request) {
  static const std::set<std::string> methods = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
  if (!methods.count(request.getMethod())) {
    throw Error(error_codes::method_not_allowed, "This service does not know the method of this request.");
  }
  if (!request.has("Content-Length")) return;
  const std::string& length = request.get("Content-Length");
  if (length.empty() || length.size() > 18 ||
      length.find_first_not_of("0123456789") != std::string::npos) {
    throw Error(error_codes::bad_request, "The request's Content-Length is not a whole number.");
  }
  if (request.has("Transfer-Encoding")) {
    throw Error(error_codes::bad_request, "The request has both a Content-Length and a Transfer-Encoding.");
  }
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
    throw Error(error_codes::length_required, "Send the request with a Content-Length or chunked body.");
  }
  if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
      static_cast<unsigned long long>(declared) > limit) {
    throw too_large(limit);
  }
}

// An upload's body (always with a declared length) as its handler reads it, within the limit.
//
// The handler checks the session, role and CSRF token from the headers before it reads: so an
// upload takes one of the few upload slots only when its first byte is read, and a refused one
// takes none.
class PocoBodyStream : public BodyStream {
 public:
  PocoBodyStream(Poco::Net::HTTPServerRequest& request, std::size_t limit,
                 std::atomic<std::size_t>& uploads, std::size_t max_uploads,
                 std::chrono::milliseconds timeout)
      : in_(request.stream()), declared_(request.getContentLength64()), limit_(limit),
        uploads_(uploads), max_uploads_(max_uploads), timeout_(timeout) {}
  ~PocoBodyStream() override {
    if (holds_slot_) --uploads_;
  }
  PocoBodyStream(const PocoBodyStream&) = delete;
  PocoBodyStream& operator=(const PocoBodyStream&) = delete;

  std::size_t read(char* buffer, std::size_t size) override {
    if (ended_) return 0;
    if (!holds_slot_) {
      if (++uploads_ > max_uploads_) {
        --uploads_;
        failed_ = true;  // nothing read: the connection closes after the answer
        throw Error(error_codes::too_many_uploads,
                    "Other uploads are being processed right now. Please try again in a few minutes.");
      }
      holds_slot_ = true;
      allow_upload(timeout_);  // from now on the upload's deadline, not the request's
    }
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
      throw Error(error_codes::request_timeout, "The upload did not arrive completely.");
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
        throw Error(error_codes::request_timeout, "The upload did not arrive completely.");
      }
    }
    return got;
  }

  /// Whether the whole body has been read, so the connection can carry another request.
  bool complete() const { return ended_ && !failed_; }
  bool started() const { return received_ > 0 || ended_ || failed_; }

  // Reads and drops the little a handler that accepted the upload left unread (trailing bytes
  // after the data it needed). False when the rest cannot be read, so the connection cannot carry
  // another request.
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
  std::atomic<std::size_t>& uploads_;
  const std::size_t max_uploads_;
  const std::chrono::milliseconds timeout_;
  bool holds_slot_ = false;
  std::size_t received_ = 0;
  bool ended_ = false;
  bool failed_ = false;
};

// A lingering close, as nginx makes one: a client whose upload was refused before its body was
// read is probably still sending it, and closing a socket with unread bytes makes the kernel
// reset the connection, which can destroy the answer before the client reads it. So read and drop
// what still comes until the client closes (or pauses for half a second), for five seconds at
// most: a client trickling bytes to hold the thread is let go after its first pause.
void linger(Poco::Net::HTTPServerRequest& request) noexcept {
  try {
    auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request);
    if (!impl) return;
    Poco::Net::StreamSocket& socket = impl->socket();
    socket.setReceiveTimeout(Poco::Timespan(0, 500000));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    std::array<char, 65536> buffer{};
    while (std::chrono::steady_clock::now() < deadline) {
      if (socket.receiveBytes(buffer.data(), static_cast<int>(buffer.size())) <= 0) break;
    }
  } catch (...) {
    // The client is gone or too slow: the connection closes either way.
  }
}

// The request target (origin form: /path?query) decoded with the same bounded readers as a form
// body, so that a path or query can hold nothing a form could not: no broken percent-encoding, no
// bytes that are not UTF-8, no NUL, and at most as many parameters as a form has fields.
void read_target(const std::string& target, Request& request) {
  const auto question = target.find('?');
  const std::string_view raw_path = std::string_view(target).substr(0, question);
  auto path = percent_decode(raw_path, false);
  if (!path || path->empty() || path->front() != '/' || !utf8_length(*path) ||
      path->find('\0') != std::string::npos) {
    throw Error(error_codes::invalid_path, "The address of this request is not valid.");
  }
  request.path = std::move(*path);
  if (question == std::string::npos) return;
  try {
    for (auto& [name, value] : read_form_body(std::string_view(target).substr(question + 1))) {
      request.query.emplace(std::move(name), std::move(value));
    }
  } catch (const Error&) {
    throw Error(error_codes::invalid_query, "The address of this request is not valid: its query could not be read.");
  }
}

std::string header_or_empty(const Poco::Net::HTTPServerRequest& request, const std::string& name) {
  return request.get(name, "");
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
    throw Error(error_codes::request_timeout, "The request did not arrive completely.");
  }
  return body;
}

class RequestHandler : public Poco::Net::HTTPRequestHandler {
 public:
  RequestHandler(const ServiceContext& context, std::atomic<std::size_t>& uploads)
      : context_(context), uploads_(uploads) {}

  void handleRequest(Poco::Net::HTTPServerRequest& poco_request,
                     Poco::Net::HTTPServerResponse& poco_response) override {
    const auto started = std::chrono::steady_clock::now();
    const std::string request_id = next_request_id();
    std::string logged_path = "-";
    Response response;
    bool close_connection = false;
    bool refused_upload_unread = false;
    try {
      check_framing(poco_request);
      Request request;
      request.method = poco_request.getMethod();
      // Until the path is decoded, the log shows it as sent (never the query: it may hold a code).
      const std::string& target = poco_request.getURI();
      logged_path = target.substr(0, target.find('?'));
      read_target(target, request);
      logged_path = request.path;
      request.content_type = poco_request.getContentType();
      request.client = client_address(poco_request.clientAddress().host().toString(),
                                      header_or_empty(poco_request, "X-Forwarded-For"),
                                      header_or_empty(poco_request, "X-Real-IP"), context_.trusted_proxies);
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
          throw Error(error_codes::length_required, "Send the upload with a Content-Length (not chunked).");
        }
        check_declared_length(poco_request, context_.max_upload_bytes);
        PocoBodyStream body(poco_request, context_.max_upload_bytes, uploads_, context_.max_concurrent_uploads,
                            context_.upload_timeout);
        request.body_stream = &body;
        // The handler checks who asks before it reads, then reads (and stores) the body as it
        // arrives; the upload's longer deadline starts only once it has begun to read.
        response = dispatch(*context_.router, std::move(request), request_id, *context_.error_log);
        if (response.status >= 400 && !body.complete()) {
          // Refused (not signed in, no CSRF token, wrong role, too many uploads, a bad file):
          // answer at once and close, instead of reading up to the upload limit first.
          close_connection = true;
        } else {
          close_connection = !body.drain();
          refused_upload_unread = false;
        }
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
    } catch (const std::exception& e) {
      close_connection = true;
      *context_.error_log << "request " << request_id << " could not be read: " << e.what()
                          << std::endl;
      response = error_response(error_codes::bad_request, "The request could not be read.");
    }

    std::size_t sent = 0;
    try {
      poco_response.setStatusAndReason(
          static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
      poco_response.setContentType(response.content_type);
      poco_response.set("X-Request-Id", request_id);
      poco_response.set("X-Content-Type-Options", "nosniff");
      poco_response.set("Cache-Control", "no-store");
      for (const auto& [name, value] : security_headers(logged_path, response.content_type)) {
        poco_response.set(name, value);
      }
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
  std::atomic<std::size_t>& uploads_;
};

}  // namespace

Poco::Net::HTTPRequestHandler* RequestHandlerFactory::createRequestHandler(
    const Poco::Net::HTTPServerRequest&) {
  return new RequestHandler(context_, uploads_);
}

}  // namespace mienskip::web
