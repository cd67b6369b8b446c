#include "web/http/static_files.hpp"

#include <fstream>
#include <memory>
#include <sstream>

#include "core/base/error.hpp"

namespace mienskip::web {

namespace {

struct StaticFile {
  const char* route;
  const char* path;  // relative to the static directory
  const char* content_type;
};

constexpr StaticFile files[] = {
    {"/static/mienskip.css", "mienskip.css", "text/css; charset=utf-8"},
    {"/static/survey.js", "survey.js", "text/javascript; charset=utf-8"},
    {"/static/utrecht-components.css", "node_modules/@utrecht/component-library-css/dist/index.css",
     "text/css; charset=utf-8"},
};

}  // namespace

void add_static_routes(Router& router, const std::string& directory, std::ostream& log) {
  for (const auto& file : files) {
    auto content = std::make_shared<std::string>();
    std::ifstream in(directory + "/" + file.path, std::ios::binary);
    if (in) {
      std::ostringstream text;
      text << in.rdbuf();
      *content = text.str();
    } else {
      log << "mienskip: " << directory << "/" << file.path
          << " is missing (run deploy/install-deps.sh); pages will look plain\n";
      content.reset();
    }
    const std::string type = file.content_type;
    router.add("GET", file.route, [content, type](const Request&) {
      if (!content) throw Error(error_codes::not_found, "This file is not installed.");
      // Stylesheets change only with a new release; an hour of caching spares every page view.
      return Response{200, type, *content, {{"Cache-Control", "public, max-age=3600"}}};
    });
  }
}

}  // namespace mienskip::web
