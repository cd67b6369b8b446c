#include "web/http/dispatch.hpp"

#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "web/http/error_status.hpp"

namespace mienskip::web {

Response dispatch(const Router& router, Request request, const std::string& request_id,
                  std::ostream& error_log) {
  try {
    auto match = router.match(request.method, request.path);
    request.params = std::move(match.params);
    request.route = std::move(match.pattern);
    return (*match.handler)(request);
  } catch (const MethodNotAllowed& e) {
    auto response = error_response(e.code(), e.what());
    response.headers.emplace_back("Allow", e.allow());
    return response;
  } catch (const Error& e) {
    return error_response(e.code(), e.what(), e.params());
  } catch (const nlohmann::json::exception&) {
    return error_response(error_codes::invalid_json, "The request is not valid JSON.");
  } catch (const std::exception& e) {
    error_log << "request " << request_id << " failed: " << e.what() << std::endl;
  } catch (...) {
    error_log << "request " << request_id << " failed with an unknown exception" << std::endl;
  }
  return error_response(error_codes::internal_error,
                        "Something went wrong on our side. Please try again later; if it keeps "
                        "happening, mention reference " +
                            request_id + ".");
}

}  // namespace mienskip::web
