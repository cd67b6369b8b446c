#include "core/invitations/letter_link.hpp"

namespace mienskip {

std::string letter_sign_up_link(const std::string& sign_up_url, const std::string& language, const std::string& code) {
  // A printed code holds only letters, digits and dashes: nothing to escape in a query.
  std::string link = sign_up_url + "?code=" + code;
  if (language == "fy" || language == "en") link += "&lang=" + language;
  return link;
}

}  // namespace mienskip
