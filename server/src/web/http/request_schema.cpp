#include "web/http/request_schema.hpp"

#include <cctype>
#include <map>
#include <stdexcept>
#include <utility>

#include "core/base/error.hpp"
#include "core/base/json_schema.hpp"
#include "web/http/json_body.hpp"
#include "web/http/openapi.hpp"

namespace mienskip::web {

namespace {

constexpr std::string_view component_prefix = "#/components/schemas/";

// OpenAPI 3.0's dialect to the JSON Schema subset core checks: references into $defs; `nullable`
// as a type that also admits null (what 3.1 writes); the annotations `example`, `readOnly` and
// `format` dropped (2020-12 treats `format` as an annotation too, so dates are checked by the
// handler that reads them, as before).
nlohmann::json as_json_schema(const nlohmann::json& schema) {
  if (schema.is_array()) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : schema) items.push_back(as_json_schema(item));
    return items;
  }
  if (!schema.is_object()) return schema;
  nlohmann::json converted = nlohmann::json::object();
  for (const auto& [key, value] : schema.items()) {
    if (key == "example" || key == "readOnly" || key == "format" || key == "nullable") continue;
    if (key == "$ref" && value.is_string() && value.get<std::string>().rfind(component_prefix, 0) == 0) {
      converted[key] = "#/$defs/" + value.get<std::string>().substr(component_prefix.size());
    } else if (key == "properties" || key == "$defs") {
      // Names of properties, not keywords: only their schemas are translated.
      converted[key] = nlohmann::json::object();
      for (const auto& [name, subschema] : value.items()) converted[key][name] = as_json_schema(subschema);
    } else {
      converted[key] = as_json_schema(value);
    }
  }
  if (schema.value("nullable", false) && converted.contains("type") && converted["type"].is_string()) {
    converted["type"] = nlohmann::json::array({converted["type"], "null"});
  }
  return converted;
}

// The definitions `schema` reaches through $ref, directly or through each other: the check reads
// the whole schema on every request, so the response schemas stay out of it.
void collect_references(const nlohmann::json& schema, const nlohmann::json& defs, nlohmann::json& reached) {
  if (schema.is_array()) {
    for (const auto& item : schema) collect_references(item, defs, reached);
    return;
  }
  if (!schema.is_object()) return;
  for (const auto& [key, value] : schema.items()) {
    if (key == "$ref" && value.is_string() && value.get<std::string>().rfind("#/$defs/", 0) == 0) {
      const std::string name = value.get<std::string>().substr(8);
      if (reached.contains(name) || !defs.contains(name)) continue;
      reached[name] = defs[name];
      collect_references(defs[name], defs, reached);
    } else {
      collect_references(value, defs, reached);
    }
  }
}

nlohmann::json reachable_defs(const nlohmann::json& schema, const nlohmann::json& defs) {
  nlohmann::json reached = nlohmann::json::object();
  collect_references(schema, defs, reached);
  return reached;
}

using SchemaTable = std::map<std::pair<std::string, std::string>, nlohmann::json>;

SchemaTable schema_table() {
  const auto& description = openapi_description();
  nlohmann::json defs = nlohmann::json::object();
  if (description.contains("components") && description["components"].contains("schemas")) {
    for (const auto& [name, schema] : description["components"]["schemas"].items()) defs[name] = as_json_schema(schema);
  }
  SchemaTable table;
  for (const auto& [path, operations] : description.at("paths").items()) {
    for (const auto& [method, operation] : operations.items()) {
      const auto body = operation.find("requestBody");
      if (body == operation.end() || !body->at("content").contains("application/json")) continue;
      auto schema = as_json_schema(body->at("content").at("application/json").at("schema"));
      schema["$defs"] = reachable_defs(schema, defs);
      table[{method, path}] = std::move(schema);
    }
  }
  return table;
}

}  // namespace

const nlohmann::json& request_body_schema(const std::string& method, const std::string& pattern) {
  static const SchemaTable table = schema_table();
  static const nlohmann::json none;
  const auto found = table.find({method, pattern});
  return found == table.end() ? none : found->second;
}

nlohmann::json described_json_body(const Request& request, std::string_view code, const std::string& message) {
  std::string method = request.method;
  for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto& schema = request_body_schema(method, request.route);
  if (schema.is_null()) throw std::logic_error("no request body schema for " + method + " " + request.route);
  auto body = json_body(request, "the request");
  const auto violations = schema_violations(schema, body, 1);
  if (!violations.empty()) {
    // The field at fault, for a form to show the message beside it ("comment", "grants[1].role").
    const auto& first = violations.front();
    throw Error(std::string(code), message + " " + first.message + ".", {},
                first.path.empty() ? ErrorParams{} : ErrorParams{{"field", first.path}});
  }
  return body;
}

}  // namespace mienskip::web
