#pragma once

#include <string>
#include <string_view>

namespace mienskip::app {

/// `text` as a QR code (libqrencode, error correction level M) drawn as an SVG: one path of dark
/// modules on a white square with the standard quiet zone of four modules, scaling to any size.
/// Throws Error `internal_error` when libqrencode cannot encode it (too long for any QR code).
std::string qr_svg(std::string_view text);

}  // namespace mienskip::app
