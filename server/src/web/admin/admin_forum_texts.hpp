#pragma once

#include "web/admin/staff_routes.hpp"

namespace mienskip::web {

/// Staff's own words for a forum (issue 23), for admins, every change audited:
///   GET  /api/admin/forums/{slug}/letters/texts          the letters' facts and text per language
///        (nl, fy, en) as saved, or the defaults (`saved: false`), the `defaults` and the
///        placeholders a text may name
///   PUT  /api/admin/forums/{slug}/letters/texts          {facts, texts}: saves them (audited as
///        forum.letter_texts_changed); 422 `invalid_letter_texts` with a problem per field
///   POST /api/admin/forums/{slug}/letters/texts/preview  {facts, texts}: each language as it would
///        be printed, and the lines left out for a fact not filled in; nothing saved
///   GET  /api/admin/forums/{slug}/questions              how each quota question and its values
///        read on the sign-up page per language, with a help text, for the current categories
///   PUT  /api/admin/forums/{slug}/questions              {questions}: saves them (audited as
///        forum.question_texts_changed); 422 `invalid_question_texts` with a problem per field
void add_admin_forum_text_routes(StaffRoutes& routes);

}  // namespace mienskip::web
