#pragma once

#include <string>
#include <string_view>

namespace mienskip {

/// Text made safe for HTML element content and quoted attribute values. In core because reports
/// built here (the council report) are HTML too, and must escape exactly as the web pages do.
std::string escape_html(std::string_view text);

}  // namespace mienskip
