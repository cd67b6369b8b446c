#pragma once

#include <string>

namespace mienskip::web {

/// The media type of a Content-Type without parameters such as `; charset=utf-8`, in lower case.
std::string media_type(const std::string& content_type);

}  // namespace mienskip::web
