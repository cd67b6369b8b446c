#pragma once

#include <string>
#include <string_view>

namespace mienskip::web {

/// Text made safe for HTML element content and quoted attribute values.
std::string escape_html(std::string_view text);

}  // namespace mienskip::web
