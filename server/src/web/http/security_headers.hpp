#pragma once

#include <string>
#include <utility>
#include <vector>

namespace mienskip::web {

/// The headers that tell a browser what a page may do, for a response to `path` of `content_type`.
/// Resident pages (/s/..., /f/..., the home page) get a strict Content-Security-Policy: scripts,
/// styles and forms from this origin only, no inline code and no framing, so that text a resident
/// or staff member typed can never run as script even where escaping were forgotten, and no other
/// site can frame a form to trick a resident into submitting it. Staff pages may be framed by the
/// staff app itself (its survey preview) and keep inline styles (letters and the council report
/// are self-contained documents for printing).
std::vector<std::pair<std::string, std::string>> security_headers(const std::string& path,
                                                                  const std::string& content_type);

}  // namespace mienskip::web
