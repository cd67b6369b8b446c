#include "app/qr_svg.hpp"

#include <qrencode.h>

#include <memory>
#include <string>

#include "core/base/error.hpp"

namespace mienskip::app {

std::string qr_svg(std::string_view text) {
  const std::string data(text);
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString(data.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
  if (!code) throw Error(error_codes::internal_error, "the QR code could not be made");
  const int width = code->width, quiet = 4, size = width + 2 * quiet;
  std::string path;
  for (int y = 0; y < width; ++y) {
    for (int x = 0; x < width; ++x) {
      // The lowest bit of each module says whether it is dark.
      if (code->data[y * width + x] & 1) {
        path += "M" + std::to_string(x + quiet) + " " + std::to_string(y + quiet) + "h1v1h-1z";
      }
    }
  }
  const std::string box = std::to_string(size);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + box + " " + box +
         "\" shape-rendering=\"crispEdges\"><rect width=\"" + box + "\" height=\"" + box +
         "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

}  // namespace mienskip::app
