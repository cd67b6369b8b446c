#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/base/error.hpp"
#include "core/base/json_schema.hpp"
#include "support/reference_data.hpp"

using mienskip::schema_violations;
using mienskip::SchemaViolation;
using nlohmann::json;

namespace {

std::vector<std::string> messages(const json& schema, const json& document, std::size_t limit = 50) {
  std::vector<std::string> out;
  for (const auto& violation : schema_violations(schema, document, limit)) out.push_back(violation.message);
  return out;
}

using Messages = std::vector<std::string>;

bool valid(const json& schema, const json& document) { return schema_violations(schema, document).empty(); }

// One more message than `expected` would be a second report for the same fault.
#define CHECK_MESSAGES(schema, document, ...) \
  BOOST_TEST(messages((schema), (document)) == (Messages{__VA_ARGS__}), boost::test_tools::per_element())

bool is_error(const mienskip::Error& e, const std::string& code, const std::string& part) {
  return e.code() == code && std::string(e.what()).find(part) != std::string::npos;
}

// A shape like the survey templates': scenarios with a title in three languages.
const json kTemplateSchema = json::parse(R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://mienskip.nl/schemas/survey-template.json",
  "title": "template",
  "type": "object",
  "required": ["title", "budget", "scenarios"],
  "additionalProperties": false,
  "properties": {
    "title": { "$ref": "#/$defs/LocalText", "description": "shown on top" },
    "budget": { "type": "integer", "minimum": 1, "maximum": 10000 },
    "scenarios": { "type": "array", "minItems": 2, "maxItems": 12, "items": { "$ref": "#/$defs/Scenario" } },
    "translation_status": {
      "type": "object",
      "additionalProperties": { "enum": ["final", "awaiting_review"] }
    }
  },
  "$defs": {
    "LocalText": {
      "$comment": "every text a resident sees, in Dutch, Frisian and English",
      "type": "object",
      "required": ["nl", "fy", "en"],
      "additionalProperties": false,
      "properties": {
        "nl": { "type": "string", "minLength": 1 },
        "fy": { "type": "string", "minLength": 1 },
        "en": { "type": "string", "minLength": 1 }
      }
    },
    "Scenario": {
      "type": "object",
      "required": ["id", "title"],
      "properties": {
        "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,39}$" },
        "title": { "$ref": "#/$defs/LocalText" }
      }
    }
  }
})");

json local_text(const std::string& text) { return {{"nl", text}, {"fy", text}, {"en", text}}; }

json valid_template() {
  json scenarios = json::array();
  for (const char* id : {"park", "school", "bus", "dyk"}) scenarios.push_back({{"id", id}, {"title", local_text(id)}});
  return {{"title", local_text("Begrutting 2026")}, {"budget", 100}, {"scenarios", scenarios}};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_schema)

BOOST_AUTO_TEST_CASE(a_valid_template_has_no_violations) {
  BOOST_TEST(schema_violations(kTemplateSchema, valid_template()).empty());
}

BOOST_AUTO_TEST_CASE(nested_paths_and_messages_read_as_a_user_reads_them) {
  json document = valid_template();
  document["scenarios"][3]["title"].erase("fy");
  document["scenarios"][0]["id"] = "Park!";
  document["title"]["nl"] = 7;
  document["budget"] = 20000;
  document["foo"] = true;
  document["translation_status"] = {{"fy", "done"}, {"nl", "final"}};

  const auto violations = schema_violations(kTemplateSchema, document);
  std::vector<std::string> paths;
  for (const auto& v : violations) paths.push_back(v.path);
  // By key at every level, as nlohmann::json holds an object.
  BOOST_TEST(paths == (Messages{"budget", "foo", "scenarios[0].id", "scenarios[3].title.fy", "title.nl",
                                "translation_status.fy"}),
             boost::test_tools::per_element());
  BOOST_TEST(messages(kTemplateSchema, document) ==
                 (Messages{"budget must be at most 10000", "foo is not allowed here",
                           "scenarios[0].id must match ^[a-z0-9][a-z0-9-]{0,39}$", "scenarios[3].title.fy is missing",
                           "title.nl must be text", "translation_status.fy must be one of: final, awaiting_review"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_missing_property_is_reported_where_its_key_sorts) {
  json document = valid_template();
  document.erase("budget");
  document["title"].erase("en");
  document["title"].erase("nl");
  const auto violations = schema_violations(kTemplateSchema, document);
  BOOST_TEST_REQUIRE(violations.size() == 3u);
  BOOST_TEST(violations[0].path == "budget");
  BOOST_TEST(violations[0].message == "budget is missing");
  BOOST_TEST(violations[1].message == "title.en is missing");
  BOOST_TEST(violations[2].message == "title.nl is missing");
}

BOOST_AUTO_TEST_CASE(the_document_itself_has_an_empty_path) {
  const auto violations = schema_violations(kTemplateSchema, json::array());
  BOOST_TEST_REQUIRE(violations.size() == 1u);
  BOOST_TEST(violations[0].path == "");
  BOOST_TEST(violations[0].message == "the document must be an object");
}

BOOST_AUTO_TEST_CASE(a_value_of_the_wrong_type_is_not_also_checked_inside) {
  json document = valid_template();
  document["title"] = "Begrutting";              // an object was expected: no "title.nl is missing"
  document["scenarios"] = {{"id", "x"}};          // an object, not a list: no item checks, no minItems
  CHECK_MESSAGES(kTemplateSchema, document, "scenarios must be a list", "title must be an object");
  // Nor are its enum or length checked.
  CHECK_MESSAGES(json::parse(R"({"type": "string", "enum": ["a"], "minLength": 3})"), 5, "the document must be text");
}

BOOST_AUTO_TEST_CASE(keys_that_are_not_plain_words_are_quoted_in_paths) {
  const json schema = {{"additionalProperties", {{"type", "integer"}}}};
  // By key in bytes, so "S" before "a".
  CHECK_MESSAGES(schema, json::parse(R"({"a b": "x", "a.b": "x", "Súd": "x"})"), "Súd must be a whole number",
                 R"(["a b"] must be a whole number)", R"(["a.b"] must be a whole number)");
  const json nested = {{"properties", {{"list", {{"items", schema}}}}}};
  CHECK_MESSAGES(nested, json::parse(R"({"list": [{"x y": 1.5}]})"), R"(list[0]["x y"] must be a whole number)");
}

BOOST_AUTO_TEST_CASE(type) {
  const json text = {{"type", "string"}};
  BOOST_TEST(valid(text, "ja"));
  CHECK_MESSAGES(text, 1, "the document must be text");
  const json several = {{"type", {"string", "null"}}};
  BOOST_TEST(valid(several, nullptr));
  CHECK_MESSAGES(several, false, "the document must be text or null");
  CHECK_MESSAGES(json({{"type", "boolean"}}), 0, "the document must be true or false");
  CHECK_MESSAGES(json({{"type", "array"}}), json::object(), "the document must be a list");
  CHECK_MESSAGES(json({{"type", "null"}}), 0, "the document must be null");
  BOOST_TEST(valid(json({{"type", "object"}}), json::object()));
}

BOOST_AUTO_TEST_CASE(integer_accepts_whole_floats_number_accepts_all_numbers) {
  const json integer = {{"type", "integer"}};
  BOOST_TEST(valid(integer, 3));
  BOOST_TEST(valid(integer, json::parse("3.0")));
  BOOST_TEST(valid(integer, json::parse("-4")));
  BOOST_TEST(valid(integer, json::parse("18446744073709551615")));
  BOOST_TEST(valid(integer, json::parse("1e3")));
  CHECK_MESSAGES(integer, json::parse("3.5"), "the document must be a whole number");
  CHECK_MESSAGES(integer, "3", "the document must be a whole number");
  CHECK_MESSAGES(integer, true, "the document must be a whole number");

  const json number = {{"type", "number"}};
  BOOST_TEST(valid(number, 3));
  BOOST_TEST(valid(number, json::parse("3.5")));
  CHECK_MESSAGES(number, "3.5", "the document must be a number");
}

BOOST_AUTO_TEST_CASE(properties_and_required) {
  const json schema = json::parse(R"({"properties": {"a": {"type": "string"}}, "required": ["a", "b"]})");
  BOOST_TEST(valid(schema, json::parse(R"({"a": "x", "b": 1, "c": 2})")));
  CHECK_MESSAGES(schema, json::parse(R"({"a": 1})"), "a must be text", "b is missing");
  // Both keywords only concern objects.
  BOOST_TEST(valid(schema, "not an object"));
}

BOOST_AUTO_TEST_CASE(additional_properties_false_or_a_schema) {
  const json closed = json::parse(R"({"properties": {"a": {}}, "additionalProperties": false})");
  BOOST_TEST(valid(closed, json::parse(R"({"a": 1})")));
  CHECK_MESSAGES(closed, json::parse(R"({"a": 1, "foo": 2, "bar": {"x": 1}})"), "bar is not allowed here",
                 "foo is not allowed here");
  const json typed = json::parse(R"({"properties": {"a": {}}, "additionalProperties": {"type": "integer"}})");
  BOOST_TEST(valid(typed, json::parse(R"({"a": "x", "b": 2})")));
  CHECK_MESSAGES(typed, json::parse(R"({"a": "x", "b": "2"})"), "b must be a whole number");
}

BOOST_AUTO_TEST_CASE(items_min_items_max_items) {
  const json schema = json::parse(R"({"items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 3})");
  BOOST_TEST(valid(schema, json::parse("[1, 2]")));
  BOOST_TEST(valid(schema, json::parse("[1, 2, 3]")));
  CHECK_MESSAGES(schema, json::parse("[1]"), "the document must have at least 2 items");
  CHECK_MESSAGES(schema, json::parse("[1, 2, 3, 4]"), "the document must have at most 3 items");
  CHECK_MESSAGES(schema, json::parse(R"([1, "2", -3])"), "[1] must be a whole number", "[2] must be at least 0");
  CHECK_MESSAGES(json({{"minItems", 1}}), json::array(), "the document must have at least 1 item");
  // Nested lists.
  const json grid = json::parse(R"({"properties": {"grid": {"items": {"items": {"type": "integer"}}}}})");
  CHECK_MESSAGES(grid, json::parse(R"({"grid": [[1], [2, "x"]]})"), "grid[1][1] must be a whole number");
}

BOOST_AUTO_TEST_CASE(enum_and_const) {
  const json status = json::parse(R"({"enum": ["final", "awaiting_review", 3, null]})");
  BOOST_TEST(valid(status, "final"));
  BOOST_TEST(valid(status, json::parse("3.0")));
  BOOST_TEST(valid(status, nullptr));
  CHECK_MESSAGES(status, "draft", "the document must be one of: final, awaiting_review, 3, null");
  CHECK_MESSAGES(status, false, "the document must be one of: final, awaiting_review, 3, null");

  const json format = json::parse(R"({"properties": {"format": {"const": "mienskip-survey/1"}}})");
  BOOST_TEST(valid(format, json::parse(R"({"format": "mienskip-survey/1"})")));
  CHECK_MESSAGES(format, json::parse(R"({"format": "mienskip-survey/2"})"), "format must be mienskip-survey/1");
  CHECK_MESSAGES(json({{"const", {1, 2}}}), json::parse("[1, 3]"), "the document must be [1,2]");
  BOOST_TEST(valid(json({{"const", {1, 2}}}), json::parse("[1.0, 2]")));
}

BOOST_AUTO_TEST_CASE(minimum_and_maximum) {
  const json schema = json::parse(R"({"minimum": 1, "maximum": 10000})");
  BOOST_TEST(valid(schema, 1));
  BOOST_TEST(valid(schema, 10000));
  BOOST_TEST(valid(schema, json::parse("9999.5")));
  CHECK_MESSAGES(schema, 0, "the document must be at least 1");
  CHECK_MESSAGES(schema, json::parse("10000.5"), "the document must be at most 10000");
  CHECK_MESSAGES(schema, json::parse("18446744073709551615"), "the document must be at most 10000");
  CHECK_MESSAGES(json({{"minimum", 0.5}}), json::parse("-1"), "the document must be at least 0.5");
  // Only numbers are compared.
  BOOST_TEST(valid(schema, "0"));
}

BOOST_AUTO_TEST_CASE(exclusive_minimum_and_maximum) {
  // A weight's population share: more than 0, less than 100 (the 2020-12 keywords take numbers).
  const json schema = json::parse(R"({"exclusiveMinimum": 0, "exclusiveMaximum": 100})");
  BOOST_TEST(valid(schema, json::parse("0.001")));
  BOOST_TEST(valid(schema, json::parse("99.5")));
  CHECK_MESSAGES(schema, 0, "the document must be more than 0");
  CHECK_MESSAGES(schema, json::parse("-3"), "the document must be more than 0");
  CHECK_MESSAGES(schema, 100, "the document must be less than 100");
  BOOST_TEST(valid(schema, "0"));
  BOOST_CHECK_THROW(schema_violations(json({{"exclusiveMinimum", true}}), 1), mienskip::Error);
}

BOOST_AUTO_TEST_CASE(min_and_max_length_count_code_points_not_bytes) {
  // "Súdwest" is 7 characters and 8 bytes in UTF-8.
  BOOST_TEST(valid(json({{"minLength", 7}}), "Súdwest"));
  BOOST_TEST(valid(json({{"maxLength", 7}}), "Súdwest"));
  CHECK_MESSAGES(json({{"minLength", 8}}), "Súdwest", "the document must be at least 8 characters long");
  CHECK_MESSAGES(json({{"maxLength", 6}}), "Súdwest", "the document must be at most 6 characters long");
  CHECK_MESSAGES(json({{"minLength", 1}}), "", "the document must be at least 1 character long");
  BOOST_TEST(valid(json({{"maxLength", 1}}), "\xF0\x9F\x8C\xB7"));  // one emoji, four bytes
  BOOST_TEST(valid(json({{"minLength", 5}}), 3));
}

BOOST_AUTO_TEST_CASE(pattern_is_searched_not_full_matched) {
  const json id = {{"pattern", "^[a-z0-9][a-z0-9-]{0,39}$"}};
  BOOST_TEST(valid(id, "park-2"));
  CHECK_MESSAGES(id, "Park", "the document must match ^[a-z0-9][a-z0-9-]{0,39}$");
  const json unanchored = {{"pattern", "[0-9]"}};
  BOOST_TEST(valid(unanchored, "wyk 3 noard"));
  CHECK_MESSAGES(unanchored, "gjin", "the document must match [0-9]");
  BOOST_TEST(valid(unanchored, 12));
  // The same pattern in many places is compiled once and used everywhere.
  json many = json::parse(R"({"items": {"properties": {}}})");
  many["items"]["properties"]["a"] = id;
  many["items"]["properties"]["b"] = id;
  CHECK_MESSAGES(many, json::parse(R"([{"a": "ok", "b": "NO"}, {"a": "NO"}])"),
                 "[0].b must match ^[a-z0-9][a-z0-9-]{0,39}$", "[1].a must match ^[a-z0-9][a-z0-9-]{0,39}$");
}

BOOST_AUTO_TEST_CASE(ref_through_defs_and_to_the_root) {
  const json schema = json::parse(R"({
    "$defs": {"Id": {"type": "string", "minLength": 2}, "Ids": {"type": "array", "items": {"$ref": "#/$defs/Id"}}},
    "properties": {"ids": {"$ref": "#/$defs/Ids", "maxItems": 2}, "child": {"$ref": "#"}}
  })");
  BOOST_TEST(valid(schema, json::parse(R"({"ids": ["ab", "cd"], "child": {"ids": [], "child": {}}})")));
  // Keywords next to $ref apply as well (2020-12), and recursion through "#" follows the document.
  CHECK_MESSAGES(schema, json::parse(R"({"ids": ["ab", "c", "de"], "child": {"child": {"ids": [1]}}})"),
                 "child.child.ids[0] must be text", "ids must have at most 2 items", "ids[1] must be at least 2 characters long");
  // A ref to the schema it sits in does not loop.
  BOOST_TEST(valid(json::parse(R"({"$ref": "#", "type": "object"})"), json::object()));
  // JSON Pointer escapes in a name.
  BOOST_TEST(valid(json::parse(R"({"$defs": {"a/b": {"type": "null"}}, "$ref": "#/$defs/a~1b"})"), nullptr));
}

BOOST_AUTO_TEST_CASE(boolean_schemas) {
  BOOST_TEST(valid(true, json::parse(R"({"anything": [1]})")));
  CHECK_MESSAGES(false, 1, "the document is not allowed here");
  CHECK_MESSAGES(json({{"items", false}}), json::parse("[1]"), "[0] is not allowed here");
}

BOOST_AUTO_TEST_CASE(annotations_are_ignored) {
  const json schema = json::parse(R"({"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "x",
    "title": "t", "description": "d", "$comment": "c", "default": 3, "examples": [4], "type": "integer"})");
  BOOST_TEST(valid(schema, 5));
  CHECK_MESSAGES(schema, "5", "the document must be a whole number");
  // A property may well be called like a keyword.
  const json named = json::parse(R"({"properties": {"pattern": {"type": "string"}, "$ref": {"type": "string"}}})");
  CHECK_MESSAGES(named, json::parse(R"({"pattern": 1, "$ref": 2})"), R"(["$ref"] must be text)", "pattern must be text");
}

BOOST_AUTO_TEST_CASE(unsupported_keywords_are_an_error_even_where_the_document_does_not_go) {
  const json schema = json::parse(R"({"properties": {"a": {"$defs": {"x": {"patternProperties": {}}}}}})");
  BOOST_CHECK_EXCEPTION(schema_violations(schema, 1), mienskip::Error, [](const mienskip::Error& e) {
    return is_error(e, "schema_unsupported", "\"patternProperties\" at #/properties/a/$defs/x");
  });
  for (const char* keyword : {"oneOf", "format", "maxProperties", "uniqueItems", "$anchor", "definitions"}) {
    BOOST_CHECK_EXCEPTION(schema_violations(json({{keyword, json::array()}}), 1), mienskip::Error,
                          [&](const mienskip::Error& e) { return is_error(e, "schema_unsupported", keyword); });
  }
  BOOST_CHECK_EXCEPTION(schema_violations(json({{"items", json::array()}}), json::array()), mienskip::Error,
                        [](const mienskip::Error& e) { return is_error(e, "schema_unsupported", "prefixItems"); });
  BOOST_CHECK_EXCEPTION(schema_violations(json({{"$ref", "other.json#/$defs/a"}}), 1), mienskip::Error,
                        [](const mienskip::Error& e) { return is_error(e, "schema_unsupported", "other.json"); });
  BOOST_CHECK_EXCEPTION(schema_violations(json({{"$ref", "#/properties/a"}}), 1), mienskip::Error,
                        [](const mienskip::Error& e) { return is_error(e, "schema_unsupported", "$ref"); });
  BOOST_CHECK_EXCEPTION(schema_violations(json::parse(R"({"items": {"$id": "nested"}})"), 1), mienskip::Error,
                        [](const mienskip::Error& e) { return is_error(e, "schema_unsupported", "$id"); });
}

BOOST_AUTO_TEST_CASE(malformed_keywords_are_an_error) {
  const auto invalid = [](const json& schema, const std::string& part) {
    BOOST_CHECK_EXCEPTION(schema_violations(schema, 1), mienskip::Error,
                          [&](const mienskip::Error& e) { return is_error(e, "schema_invalid", part); });
  };
  invalid(json::parse(R"({"$ref": "#/$defs/Nope"})"), "#/$defs/Nope");
  invalid(json::parse(R"({"pattern": "(unclosed"})"), "(unclosed");
  invalid(json::parse(R"({"minLength": -1})"), "minLength");
  invalid(json::parse(R"({"maxItems": 1.5})"), "maxItems");
  invalid(json::parse(R"({"type": "text"})"), "type");
  invalid(json::parse(R"({"required": "a"})"), "required");
  invalid(json::parse(R"({"properties": {"a": 3}})"), "#/properties/a");
  BOOST_TEST(valid(json::parse(R"({"minLength": 2.0})"), "ab"));
}

BOOST_AUTO_TEST_CASE(at_most_limit_violations_in_document_order) {
  const json schema = {{"items", {{"type", "string"}}}};
  const json document = json::parse("[1, 2, 3, 4, 5]");
  BOOST_TEST(schema_violations(schema, document).size() == 5u);
  BOOST_TEST(messages(schema, document, 2) == (Messages{"[0] must be text", "[1] must be text"}),
             boost::test_tools::per_element());
  BOOST_TEST(schema_violations(schema, document, 0).empty());
  json many = json::array();
  for (int i = 0; i < 80; ++i) many.push_back(i);
  BOOST_TEST(schema_violations(schema, many).size() == 50u);
}

// The official JSON-Schema-Test-Suite cases for our keywords (tests/data/json-schema-test-suite/).
BOOST_AUTO_TEST_CASE(official_test_suite) {
  int cases = 0;
  for (const char* file : {"additionalProperties", "boolean_schema", "const", "default", "enum", "items", "maxItems",
                           "maxLength", "maximum", "minItems", "minLength", "minimum", "pattern", "properties", "ref",
                           "required", "type"}) {
    const json groups = json::parse(mienskip::test::read_test_data(std::string("json-schema-test-suite/draft7/") + file + ".json"));
    for (const auto& group : groups) {
      for (const auto& test : group["tests"]) {
        ++cases;
        BOOST_TEST(valid(group["schema"], test["data"]) == test["valid"].get<bool>(),
                   file << ": " << group["description"].get<std::string>() << ": "
                        << test["description"].get<std::string>());
      }
    }
  }
  BOOST_TEST(cases == 169);
}

BOOST_AUTO_TEST_SUITE_END()
