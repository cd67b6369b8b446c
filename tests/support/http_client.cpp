#include "support/http_client.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/SocketImpl.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>

#include <memory>

namespace mienskip::test {

Reply request(std::uint16_t port, const std::string& method, const std::string& path, const std::string& body,
              const RequestOptions& options, int timeout_seconds) {
  std::unique_ptr<Poco::Net::HTTPClientSession> connected;
  if (options.from.empty()) {
    connected = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port);
  } else {
    // Poco 1.11's session cannot choose its source address: connect the socket here.
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress::IPv4);
    socket.impl()->bind(Poco::Net::SocketAddress(options.from, 0));
    socket.connect(Poco::Net::SocketAddress("127.0.0.1", port), Poco::Timespan(timeout_seconds, 0));
    connected = std::make_unique<Poco::Net::HTTPClientSession>(socket);
  }
  Poco::Net::HTTPClientSession& session = *connected;
  session.setTimeout(Poco::Timespan(timeout_seconds, 0));
  Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  if (!options.from.empty()) req.setHost("127.0.0.1", port);
  if (!options.content_type.empty()) req.setContentType(options.content_type);
  for (const auto& [name, value] : options.headers) req.set(name, value);
  if (options.chunked) {
    req.setChunkedTransferEncoding(true);
  } else if (!body.empty() || method == "POST") {
    req.setContentLength64(static_cast<Poco::Int64>(body.size()));
  }
  session.sendRequest(req) << body;
  Reply reply;
  std::istream& in = session.receiveResponse(reply.headers);
  reply.status = reply.headers.getStatus();
  Poco::StreamCopier::copyToString(in, reply.body);
  return reply;
}

}  // namespace mienskip::test
