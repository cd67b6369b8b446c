#pragma once

#include "core/base/html_escape.hpp"

namespace mienskip::web {

/// Text made safe for HTML element content and quoted attribute values (one implementation, in
/// core, shared with the reports core builds).
using mienskip::escape_html;

}  // namespace mienskip::web
