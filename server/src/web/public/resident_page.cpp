#include "web/public/resident_page.hpp"

#include "web/public/html.hpp"

namespace mienskip::web {

std::string resident_page(const ResidentPage& page) {
  return "<!DOCTYPE html>\n<html lang=\"" + page.language + "\" class=\"mienskip-theme utrecht-document\">\n<head>\n"
         "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>" + escape_html(page.title) + "</title>\n"
         "<link rel=\"stylesheet\" href=\"/static/utrecht-components.css\">\n"
         "<link rel=\"stylesheet\" href=\"/static/mienskip.css\">\n" + page.head +
         "</head>\n<body class=\"utrecht-page-body\">\n" + page.first +
         "<a class=\"utrecht-link mienskip-skip-link\" href=\"#inhoud\">" + page.skip_link + "</a>\n"
         "<header class=\"mienskip-header\"><div class=\"mienskip-header__inner\">"
         "<span class=\"mienskip-brand\">Mienskip</span>"
         "<nav aria-label=\"" + page.languages_label + "\">" + page.languages + "</nav></div></header>\n"
         "<main id=\"inhoud\" class=\"mienskip-main\" tabindex=\"-1\">\n" + page.main +
         "\n</main>\n</body>\n</html>\n";
}

}  // namespace mienskip::web
