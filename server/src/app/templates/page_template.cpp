#include "app/templates/page_template.hpp"

#include <kainjow/mustache.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <stdexcept>
#include <utility>

#include "app/templates/page_files.hpp"
#include "core/base/html_escape.hpp"

namespace mienskip::app {

namespace {

namespace mustache = kainjow::mustache;

// Templates by name (the file name without .mustache), each as Mustache data holding its text,
// which is what the engine takes for a partial.
std::map<std::string, mustache::data> by_name(const std::vector<PageFile>& files) {
  const std::string suffix = ".mustache";
  std::map<std::string, mustache::data> out;
  for (const auto& file : files) {
    // A file's last line break is the editor's, not the page's: a partial is often used inline.
    std::string text = file.text;
    if (!text.empty() && text.back() == '\n') text.pop_back();
    out.emplace(file.name.substr(0, file.name.size() - suffix.size()), mustache::data(text));
  }
  return out;
}

const std::map<std::string, mustache::data>& templates() {
  static const std::map<std::string, mustache::data> embedded = by_name(embedded_page_templates());
  return embedded;
}

// The engine looks partials up in the data; here they come from the embedded set, and an unknown
// one fails instead of rendering as nothing.
// `name` in `variant` (name.variant, such as council_report_method.en) when there is one, else
// `name` itself; none when neither exists.
const mustache::data* find_template(const std::string& name, const std::string& variant) {
  if (!variant.empty()) {
    const auto found = templates().find(name + "." + variant);
    if (found != templates().end()) return &found->second;
  }
  const auto found = templates().find(name);
  return found == templates().end() ? nullptr : &found->second;
}

class PageContext : public mustache::context<std::string> {
 public:
  PageContext(const mustache::data* data, std::string variant)
      : mustache::context<std::string>(data), variant_(std::move(variant)) {}

  const mustache::data* get_partial(const std::string& name) const override {
    const mustache::data* found = find_template(name, variant_);
    if (!found) throw std::logic_error("a page template includes an unknown partial '" + name + "'");
    return found;
  }

 private:
  std::string variant_;
};

mustache::data to_data(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      mustache::data out(mustache::data::type::object);
      for (const auto& [key, item] : value.items()) out.set(key, to_data(item));
      return out;
    }
    case nlohmann::json::value_t::array: {
      mustache::data out(mustache::data::type::list);
      for (const auto& item : value) out.push_back(to_data(item));
      return out;
    }
    case nlohmann::json::value_t::string:
      return mustache::data(value.get_ref<const std::string&>());
    case nlohmann::json::value_t::boolean:
      return mustache::data(value.get<bool>() ? mustache::data::type::bool_true : mustache::data::type::bool_false);
    case nlohmann::json::value_t::null:
      return mustache::data(mustache::data::type::bool_false);
    default:
      return mustache::data(value.dump());
  }
}

mustache::mustache parsed(const std::string& name, const std::string& text) {
  mustache::mustache page(text);
  if (!page.is_valid()) throw std::logic_error("page template '" + name + "': " + page.error_message());
  page.set_custom_escape([](const std::string& raw) { return escape_html(raw); });
  return page;
}

}  // namespace

std::string render_page_template(const std::string& name, const nlohmann::json& data, const std::string& variant) {
  const mustache::data* found = find_template(name, variant);
  if (!found) throw std::logic_error("there is no page template '" + name + "'");
  mustache::mustache page = parsed(name, found->string_value());
  const mustache::data values = to_data(data);
  PageContext context(&values, variant);
  std::string out = page.render(context);
  if (!page.is_valid()) throw std::logic_error("page template '" + name + "': " + page.error_message());
  return out;
}

void check_page_templates(const std::vector<PageFile>& files) {
  static const std::regex partial_tag(R"(\{\{>\s*([^\s}]+)\s*\}\})");
  const auto checked = by_name(files);
  for (const auto& [name, text] : checked) {
    const std::string& source = text.string_value();
    parsed(name, source);
    for (std::sregex_iterator tag(source.begin(), source.end(), partial_tag), end; tag != end; ++tag) {
      // A variant (name.en) may include a partial that only has a base template, and the reverse.
      if (!checked.count((*tag)[1].str())) {
        throw std::logic_error("page template '" + name + "' includes an unknown partial '" + (*tag)[1].str() + "'");
      }
    }
  }
}

}  // namespace mienskip::app
