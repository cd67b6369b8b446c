#include "web/http/media_type.hpp"

#include <cctype>

#include "core/base/csv.hpp"

namespace mienskip::web {

std::string media_type(const std::string& content_type) {
  std::string type = trim(content_type.substr(0, content_type.find(';')));
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type;
}

}  // namespace mienskip::web
