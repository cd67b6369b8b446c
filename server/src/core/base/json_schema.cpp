#include "core/base/json_schema.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string_view>

#include "core/base/error.hpp"

namespace mienskip {

namespace {

using nlohmann::json;

const std::set<std::string_view> kAnnotations = {"$schema", "$id",     "title",   "description",
                                                 "$comment", "default", "examples"};
const std::set<std::string_view> kTypeNames = {"string", "number", "integer", "boolean",
                                               "object", "array",  "null"};

// Segment of a JSON Pointer (RFC 6901), for naming places in the schema.
std::string pointer_segment(const std::string& key) {
  std::string escaped;
  for (char c : key) {
    if (c == '~') {
      escaped += "~0";
    } else if (c == '/') {
      escaped += "~1";
    } else {
      escaped.push_back(c);
    }
  }
  return "/" + escaped;
}

std::string schema_place(const std::string& pointer) { return "#" + pointer; }

[[noreturn]] void unsupported(const std::string& keyword, const std::string& pointer, const std::string& why = {}) {
  throw Error(error_codes::schema_unsupported, "the schema keyword \"" + keyword + "\" at " + schema_place(pointer) +
                                        (why.empty() ? " is not supported by Mienskip's validator" : " " + why));
}

[[noreturn]] void invalid(const std::string& keyword, const std::string& pointer, const std::string& why) {
  throw Error(error_codes::schema_invalid, "the schema keyword \"" + keyword + "\" at " + schema_place(pointer) + " " + why);
}

bool is_integral(const json& value) {
  if (value.is_number_integer()) return true;
  if (!value.is_number_float()) return false;
  const double x = value.get<double>();
  return std::isfinite(x) && std::floor(x) == x;
}

bool has_type(const json& value, std::string_view type) {
  if (type == "string") return value.is_string();
  if (type == "number") return value.is_number();
  if (type == "integer") return is_integral(value);
  if (type == "boolean") return value.is_boolean();
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  return value.is_null();
}

std::string type_phrase(std::string_view type) {
  if (type == "string") return "text";
  if (type == "number") return "a number";
  if (type == "integer") return "a whole number";
  if (type == "boolean") return "true or false";
  if (type == "object") return "an object";
  if (type == "array") return "a list";
  return "null";
}

// Exact for integers of either sign and size; through double otherwise.
bool less_than(const json& a, const json& b) {
  if (a.is_number_integer() && b.is_number_integer()) {
    if (a.is_number_unsigned() && b.is_number_unsigned()) return a.get<std::uint64_t>() < b.get<std::uint64_t>();
    if (!a.is_number_unsigned() && !b.is_number_unsigned()) return a.get<std::int64_t>() < b.get<std::int64_t>();
    // One signed, one unsigned: only a negative signed value is out of the unsigned range.
    if (a.is_number_unsigned()) {
      const auto b_signed = b.get<std::int64_t>();
      return b_signed >= 0 && a.get<std::uint64_t>() < static_cast<std::uint64_t>(b_signed);
    }
    const auto a_signed = a.get<std::int64_t>();
    return a_signed < 0 || static_cast<std::uint64_t>(a_signed) < b.get<std::uint64_t>();
  }
  return a.get<double>() < b.get<double>();
}

std::size_t code_points(const std::string& utf8) {
  std::size_t count = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

// A value as a user reads it in a message: text without quotes, anything else as JSON.
std::string shown(const json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

std::string plural(std::size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

bool is_plain_key(const std::string& key) {
  if (key.empty()) return false;
  for (unsigned char c : key) {
    if (!(std::isalnum(c) || c == '_' || c == '-' || c >= 0x80)) return false;
  }
  return true;
}

std::string child_path(const std::string& parent, const std::string& key) {
  if (!is_plain_key(key)) return parent + "[" + json(key).dump() + "]";
  return parent.empty() ? key : parent + "." + key;
}

class Validator {
 public:
  Validator(const json& root, std::size_t limit) : root_(root), limit_(limit) { check_schema(root, ""); }

  void validate(const json& value, const std::string& path, const std::vector<const json*>& schemas) {
    if (full()) return;
    std::vector<const json*> all;
    for (const json* schema : schemas) expand(schema, all);

    for (const json* schema : all) {
      if (schema->is_boolean() && !schema->get<bool>()) {
        add(path, "is not allowed here");
        return;
      }
    }
    for (const json* schema : all) {
      if (!schema->is_object()) continue;
      if (const auto type = schema->find("type"); type != schema->end() && !type_matches(value, *type)) {
        add(path, "must be " + type_list(*type));
        return;
      }
    }
    for (const json* schema : all) {
      if (schema->is_object()) check_value(value, path, *schema);
    }
    if (value.is_array()) {
      std::vector<const json*> items;
      for (const json* schema : all) {
        if (!schema->is_object()) continue;
        if (const auto it = schema->find("items"); it != schema->end()) items.push_back(&*it);
      }
      if (items.empty()) return;
      for (std::size_t i = 0; i < value.size() && !full(); ++i) {
        validate(value[i], path + "[" + std::to_string(i) + "]", items);
      }
    } else if (value.is_object()) {
      validate_members(value, path, all);
    }
  }

  std::vector<SchemaViolation> result() && { return std::move(violations_); }

 private:
  bool full() const { return violations_.size() >= limit_; }

  void add(const std::string& path, const std::string& predicate) {
    if (full()) return;
    violations_.push_back({path, (path.empty() ? "the document" : path) + " " + predicate});
  }

  // The schema and, through $ref, the schemas it refers to; each once, so "$ref": "#" cannot loop.
  void expand(const json* schema, std::vector<const json*>& all) const {
    for (const json* seen : all) {
      if (seen == schema) return;
    }
    all.push_back(schema);
    if (const auto target = ref_targets_.find(schema); target != ref_targets_.end()) expand(target->second, all);
  }

  static bool type_matches(const json& value, const json& type) {
    if (type.is_string()) return has_type(value, type.get<std::string>());
    for (const auto& name : type) {
      if (has_type(value, name.get<std::string>())) return true;
    }
    return false;
  }

  static std::string type_list(const json& type) {
    if (type.is_string()) return type_phrase(type.get<std::string>());
    std::string text;
    for (std::size_t i = 0; i < type.size(); ++i) {
      if (i > 0) text += " or ";
      text += type_phrase(type[i].get<std::string>());
    }
    return text;
  }

  // The keywords about the value itself, in the order a reader fixes them: what it must be, then
  // its size or range, then its form.
  void check_value(const json& value, const std::string& path, const json& schema) {
    if (const auto it = schema.find("const"); it != schema.end() && value != *it) {
      add(path, "must be " + shown(*it));
    }
    if (const auto it = schema.find("enum"); it != schema.end()) {
      bool found = false;
      for (const auto& option : *it) found = found || value == option;
      if (!found) {
        std::string options;
        for (const auto& option : *it) options += (options.empty() ? "" : ", ") + shown(option);
        add(path, "must be one of: " + options);
      }
    }
    if (value.is_number()) {
      if (const auto it = schema.find("minimum"); it != schema.end() && less_than(value, *it)) {
        add(path, "must be at least " + it->dump());
      }
      if (const auto it = schema.find("maximum"); it != schema.end() && less_than(*it, value)) {
        add(path, "must be at most " + it->dump());
      }
      if (const auto it = schema.find("exclusiveMinimum"); it != schema.end() && !less_than(*it, value)) {
        add(path, "must be more than " + it->dump());
      }
      if (const auto it = schema.find("exclusiveMaximum"); it != schema.end() && !less_than(value, *it)) {
        add(path, "must be less than " + it->dump());
      }
    }
    if (value.is_string()) {
      const auto& text = value.get_ref<const std::string&>();
      const std::size_t length = code_points(text);
      if (const auto it = schema.find("minLength"); it != schema.end() && length < count(*it)) {
        add(path, "must be at least " + plural(count(*it), "character") + " long");
      }
      if (const auto it = schema.find("maxLength"); it != schema.end() && length > count(*it)) {
        add(path, "must be at most " + plural(count(*it), "character") + " long");
      }
      if (const auto it = schema.find("pattern"); it != schema.end()) {
        const auto& pattern = it->get_ref<const std::string&>();
        if (!std::regex_search(text, patterns_.at(pattern))) add(path, "must match " + pattern);
      }
    }
    if (value.is_array()) {
      if (const auto it = schema.find("minItems"); it != schema.end() && value.size() < count(*it)) {
        add(path, "must have at least " + plural(count(*it), "item"));
      }
      if (const auto it = schema.find("maxItems"); it != schema.end() && value.size() > count(*it)) {
        add(path, "must have at most " + plural(count(*it), "item"));
      }
    }
  }

  // Members and missing required members together, by key, so the list reads top to bottom.
  void validate_members(const json& object, const std::string& path, const std::vector<const json*>& all) {
    std::set<std::string> required;
    for (const json* schema : all) {
      if (!schema->is_object()) continue;
      if (const auto it = schema->find("required"); it != schema->end()) {
        for (const auto& name : *it) required.insert(name.get<std::string>());
      }
    }
    std::set<std::string> keys = required;
    for (const auto& member : object.items()) keys.insert(member.key());

    for (const auto& key : keys) {
      if (full()) return;
      const auto member = object.find(key);
      if (member == object.end()) {
        add(child_path(path, key), "is missing");
        continue;
      }
      std::vector<const json*> member_schemas;
      for (const json* schema : all) {
        if (!schema->is_object()) continue;
        const auto properties = schema->find("properties");
        if (properties != schema->end() && properties->contains(key)) {
          member_schemas.push_back(&(*properties)[key]);
        } else if (const auto additional = schema->find("additionalProperties"); additional != schema->end()) {
          member_schemas.push_back(&*additional);
        }
      }
      if (!member_schemas.empty()) validate(*member, child_path(path, key), member_schemas);
    }
  }

  static std::size_t count(const json& limit) { return static_cast<std::size_t>(limit.get<double>()); }

  // Checks every keyword of the schema, resolves $refs and compiles patterns, all before any
  // document is looked at.
  void check_schema(const json& schema, const std::string& pointer) {
    if (schema.is_boolean()) return;
    if (!schema.is_object()) {
      throw Error(error_codes::schema_invalid, "the schema at " + schema_place(pointer) + " must be an object or true or false");
    }
    for (const auto& [keyword, value] : schema.items()) {
      const std::string here = pointer + pointer_segment(keyword);
      if (keyword == "$id" && !pointer.empty()) {
        unsupported(keyword, pointer, "is only supported at the root of the schema");
      }
      if (kAnnotations.count(keyword)) continue;
      if (keyword == "type") {
        check_type(value, pointer);
      } else if (keyword == "properties" || keyword == "$defs") {
        if (!value.is_object()) invalid(keyword, pointer, "must be an object");
        for (const auto& [name, subschema] : value.items()) check_schema(subschema, here + pointer_segment(name));
      } else if (keyword == "additionalProperties") {
        check_schema(value, here);
      } else if (keyword == "items") {
        if (value.is_array()) {
          unsupported(keyword, pointer, "with a list of schemas is not supported (draft 2020-12 calls that prefixItems)");
        }
        check_schema(value, here);
      } else if (keyword == "required") {
        if (!value.is_array()) invalid(keyword, pointer, "must be a list of property names");
        for (const auto& name : value) {
          if (!name.is_string()) invalid(keyword, pointer, "must be a list of property names");
        }
      } else if (keyword == "minItems" || keyword == "maxItems" || keyword == "minLength" || keyword == "maxLength") {
        if (!is_integral(value) || less_than(value, json(0))) invalid(keyword, pointer, "must be a whole number of 0 or more");
      } else if (keyword == "minimum" || keyword == "maximum" || keyword == "exclusiveMinimum" ||
                 keyword == "exclusiveMaximum") {
        if (!value.is_number()) invalid(keyword, pointer, "must be a number");
      } else if (keyword == "enum") {
        if (!value.is_array()) invalid(keyword, pointer, "must be a list");
      } else if (keyword == "const") {
        // Any value.
      } else if (keyword == "pattern") {
        check_pattern(value, pointer);
      } else if (keyword == "$ref") {
        ref_targets_[&schema] = &resolve(value, pointer);
      } else {
        unsupported(keyword, pointer);
      }
    }
  }

  static void check_type(const json& value, const std::string& pointer) {
    const auto valid_name = [](const json& name) { return name.is_string() && kTypeNames.count(name.get<std::string>()); };
    const bool valid = value.is_array() ? !value.empty() && std::all_of(value.begin(), value.end(), valid_name)
                                        : valid_name(value);
    if (!valid) {
      invalid("type", pointer, "must be one of string, number, integer, boolean, object, array, null, or a list of them");
    }
  }

  void check_pattern(const json& value, const std::string& pointer) {
    if (!value.is_string()) invalid("pattern", pointer, "must be text");
    const auto& pattern = value.get_ref<const std::string&>();
    if (patterns_.count(pattern)) return;
    try {
      patterns_.emplace(pattern, std::regex(pattern, std::regex::ECMAScript));
    } catch (const std::regex_error&) {
      invalid("pattern", pointer, "is not a regular expression: " + pattern);
    }
  }

  const json& resolve(const json& ref, const std::string& pointer) const {
    if (!ref.is_string()) invalid("$ref", pointer, "must be text");
    const auto& target = ref.get_ref<const std::string&>();
    if (target == "#") return root_;
    const std::string prefix = "#/$defs/";
    if (target.rfind(prefix, 0) != 0 || target.find('/', prefix.size()) != std::string::npos ||
        target.find('%') != std::string::npos) {
      unsupported("$ref", pointer, "can only refer to \"#\" or \"#/$defs/name\", not to " + target);
    }
    std::string name;
    for (std::size_t i = prefix.size(); i < target.size(); ++i) {
      if (target[i] == '~' && i + 1 < target.size() && (target[i + 1] == '0' || target[i + 1] == '1')) {
        name.push_back(target[i + 1] == '0' ? '~' : '/');
        ++i;
      } else {
        name.push_back(target[i]);
      }
    }
    const auto defs = root_.is_object() ? root_.find("$defs") : root_.end();
    if (defs == root_.end() || !defs->is_object() || !defs->contains(name)) {
      invalid("$ref", pointer, "refers to " + target + ", which the schema does not define");
    }
    return (*defs)[name];
  }

  const json& root_;
  std::size_t limit_;
  std::map<std::string, std::regex> patterns_;
  std::map<const json*, const json*> ref_targets_;
  std::vector<SchemaViolation> violations_;
};

}  // namespace

std::vector<SchemaViolation> schema_violations(const json& schema, const json& document, std::size_t limit) {
  Validator validator(schema, limit);
  validator.validate(document, "", {&schema});
  return std::move(validator).result();
}

}  // namespace mienskip
