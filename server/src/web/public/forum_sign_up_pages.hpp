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
///   POST /f/{slug}                 signs up and answers the thank-you page itself: what happens
///        next, the volunteer's public number (as the verification page lists the panel) and who
///        to ask (the phone and e-mail of the letters); errors re-show the form with what was
///        entered and a message at each field; wrong codes count against the client as on the
///        survey pages
///   GET  /f/{slug}/bedankt         the thank-you page without a number (the one a language link
///        or an earlier version's redirect reaches)
/// Codes, names, contact details and the volunteer's number travel only in the POST body and its
/// answer, which are never logged.
void add_forum_sign_up_routes(Router& router, store::ConnectionPool& database, const std::string& secret);

}  // namespace mienskip::web
