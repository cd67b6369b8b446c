#pragma once

#include <chrono>
#include <string>

namespace mienskip::app {

/// How HTML becomes PDF: Debian's chromium, headless.
struct PdfSettings {
  std::string chromium = "/usr/bin/chromium";  // `mienskip serve --chromium` or MIENSKIP_CHROMIUM
  std::chrono::seconds time_limit{60};
};

/// Prints a self-contained HTML document (nothing to fetch: chromium gets no network to use) to
/// PDF with `chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf`,
/// in a private temporary directory that is removed afterwards, one print at a time (a chromium
/// takes hundreds of megabytes). Returns the PDF's bytes. Throws Error `pdf_unavailable` with a
/// message saying why (chromium missing, failed, or slower than the time limit), so the caller
/// can fall back to the HTML.
std::string print_pdf(const std::string& html, const PdfSettings& settings);

}  // namespace mienskip::app
