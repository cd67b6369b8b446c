#include "support/http_client.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/StreamCopier.h>

namespace mienskip::test {

Reply request(std::uint16_t port, const std::string& method, const std::string& path, const std::string& body,
              const RequestOptions& options, int timeout_seconds) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  session.setTimeout(Poco::Timespan(timeout_seconds, 0));
  Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
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
