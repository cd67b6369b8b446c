#pragma once

#include <string>

namespace mienskip {

/// The address a letter's QR code opens: the sign-up page in the letter's language with the
/// letter's code filled in (`https://.../f/energie?code=K7QM-X2PA-9RTD&lang=fy`; Dutch, the
/// page's default, without `lang`). The code travels in the query, which neither Mienskip's access
/// log nor the shipped nginx configuration writes down, and the page sends no Referer.
std::string letter_sign_up_link(const std::string& sign_up_url, const std::string& language, const std::string& code);

}  // namespace mienskip
