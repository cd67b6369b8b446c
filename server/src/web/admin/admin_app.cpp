#include "web/admin/admin_app.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "core/base/error.hpp"

namespace mienskip::web {

namespace {

std::string read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string content_type(const std::filesystem::path& path) {
  static const std::map<std::string, std::string> types = {
      {".js", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"}, {".svg", "image/svg+xml"},
      {".png", "image/png"}, {".woff2", "font/woff2"}, {".json", "application/json"}, {".map", "application/json"}};
  const auto found = types.find(path.extension().string());
  return found == types.end() ? "application/octet-stream" : found->second;
}

}  // namespace

void add_admin_app_routes(Router& router, const std::string& dist_directory, std::ostream& log) {
  namespace fs = std::filesystem;
  const fs::path dist(dist_directory);
  std::error_code missing;
  if (!fs::exists(dist / "index.html", missing)) {
    log << "mienskip: the staff app is not built (" << (dist / "index.html").string()
        << " is missing); run deploy/build.sh\n";
    router.add("GET", "/admin", [](const Request&) -> Response {
      throw Error(error_codes::not_found, "The staff app is not built on this server: run deploy/build.sh.");
    });
    return;
  }
  const auto index = std::make_shared<const std::string>(read_whole(dist / "index.html"));
  router.add("GET", "/admin", [index](const Request&) {
    return Response{200, "text/html; charset=utf-8", *index, {}};
  });
  auto assets = std::make_shared<std::map<std::string, std::pair<std::string, std::string>>>();
  if (fs::is_directory(dist / "assets", missing)) {
    for (const auto& entry : fs::directory_iterator(dist / "assets")) {
      if (entry.is_regular_file()) {
        (*assets)[entry.path().filename().string()] = {content_type(entry.path()), read_whole(entry.path())};
      }
    }
  }
  router.add("GET", "/admin/assets/{file}", [assets](const Request& request) {
    const auto found = assets->find(request.params.at("file"));
    if (found == assets->end()) throw Error(error_codes::not_found, "There is no such file.");
    // The names carry a hash of the contents: a changed file gets a new name.
    return Response{200, found->second.first, found->second.second,
                    {{"Cache-Control", "public, max-age=31536000, immutable"}}};
  });
}

}  // namespace mienskip::web
