#pragma once

#include <string>

#include "store/connection_pool.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// The public page where residents answer their burgerforum invitation (issue 6, step 4),
/// rendered by the server like the survey pages, so that it works without JavaScript:
///   GET  /f/{slug}?lang=nl|fy|en   the forum, what signing up means, and the form: the letter's
///        code, one question per quota category, name, email and/or phone, consent. Before the
///        draw or after staff closed the sign-up: a page that says so, without a form
///   POST /f/{slug}                 signs up; errors re-show the form with what was entered and a
///        message at each field; wrong codes count against the client as on the survey pages
///   GET  /f/{slug}/bedankt         the thank-you page: what happens next
/// Codes, names and contact details travel only in the POST body, which is never logged.
void add_forum_sign_up_routes(Router& router, store::ConnectionPool& database, const std::string& secret);

}  // namespace mienskip::web
