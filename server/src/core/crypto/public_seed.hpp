#pragma once

#include <string>

namespace mienskip {

/// A public seed (the invitation draw's, a round of alternates') as it goes into the draw: trimmed,
/// so that a space typed along does not change the outcome. Throws Error `invalid_seed` when it is
/// empty, longer than 200 characters, not UTF-8 or more than one line.
std::string public_seed(const std::string& typed);

}  // namespace mienskip
