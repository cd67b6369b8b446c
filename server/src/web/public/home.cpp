#include "web/public/home.hpp"

#include "store/surveys.hpp"
#include "web/public/html.hpp"

namespace mienskip::web {

namespace {

constexpr const char* home_page = R"html(<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mienskip</title>
<style>
  body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40rem; margin: 2rem auto;
         padding: 0 1rem; color: #1a1a1a; }
  h1 { font-size: 1.75rem; }
  a { color: #0b5394; }
  .en { color: #444; border-top: 1px solid #ccc; margin-top: 2rem; padding-top: 1rem; }
</style>
</head>
<body>
<main>
<h1>Mienskip</h1>
<p>Mienskip draait. Met Mienskip laat een gemeente inwoners meebeslissen: een burgerforum dat
eerlijk wordt samengesteld door loting, en een enquête waarin inwoners 100 punten verdelen over
scenario's.</p>
@SURVEYS@
<p>Voor medewerkers: <a href="/admin">beheer</a>. Technische status: <a href="/healthz">dienst</a> en <a href="/readyz">database</a>.</p>
<section class="en" lang="en">
<p>Mienskip is running. It lets a municipality give residents a real say: a citizens' assembly
selected fairly by lot, and a survey in which residents divide 100 points over scenarios.
</p>
</section>
</main>
</body>
</html>
)html";

}  // namespace

void add_home_route(Router& router, store::ConnectionPool& database) {
  router.add("GET", "/", [&database](const Request&) {
    std::string list;
    try {
      auto connection = database.acquire();
      for (const auto& [slug, title] : store::open_surveys(*connection)) {
        list += "<li><a href=\"/s/" + escape_html(slug) + "\">" + escape_html(title) + "</a></li>";
      }
    } catch (const std::exception&) {
      // The page says what runs even when the database does not answer (see /readyz).
    }
    const std::string surveys = list.empty() ? "<p>Op deze installatie is nog geen enquête ingericht.</p>"
                                             : "<h2>Enquêtes</h2><ul>" + list + "</ul>";
    std::string page = home_page;
    page.replace(page.find("@SURVEYS@"), 9, surveys);
    return Response{200, "text/html; charset=utf-8", page, {}};
  });
}

}  // namespace mienskip::web
