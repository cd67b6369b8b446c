#pragma once

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace mienskip {

/// One way a document breaks its schema. `path` names the place as a municipal user reads it:
/// `scenarios[3].title.fy` (empty for the document itself; a key that is not a plain word is
/// written `["key with spaces"]`); `message` is a whole sentence that starts with the path, e.g.
/// "scenarios[3].title.fy is missing", "budget must be at most 10000",
/// "scenarios[0].id must match ^[a-z0-9][a-z0-9-]{0,39}$", "title.nl must be text",
/// "scenarios must have at least 2 items", "foo is not allowed here" (additionalProperties false),
/// "translation_status.fy must be one of: final, awaiting_review". For the document itself the
/// sentence starts with "the document".
struct SchemaViolation {
  std::string path;
  std::string message;
};

/// All violations of `document` against `schema` (empty when valid), in document order, at most
/// `limit` of them. Document order is the order in which `nlohmann::json` holds the document, which
/// for objects is by key; a missing required property is reported where its key would sort.
///
/// Supports the subset of JSON Schema draft 2020-12 that survey templates use: boolean schemas;
/// type (string or array; "integer" accepts 3 and 3.0), properties, required, additionalProperties
/// (false or a schema), items (a single schema), minItems, maxItems, enum, const, minimum, maximum,
/// exclusiveMinimum, exclusiveMaximum (numbers, as in 2020-12),
/// minLength, maxLength (counted in Unicode code points, not bytes), pattern (std::regex
/// ECMAScript, searched, not full-matched, as JSON Schema says; it sees UTF-8 bytes, not code
/// points), $ref to "#/$defs/name" or "#" (resolved against the root schema, keywords next to $ref
/// apply too, as in 2020-12), $defs. The annotations $schema, $id (only at the root), title,
/// description, $comment, default and examples are ignored.
///
/// The whole schema is checked before the document, so the schema cannot silently mean more than
/// is checked: any other keyword, `items` as an array, a nested `$id` or a `$ref` elsewhere throws
/// Error `schema_unsupported` naming the keyword and where it is; a keyword with a value of the
/// wrong kind (a negative minLength, a pattern that is no regular expression, a `$ref` to an
/// undefined name...) throws Error `schema_invalid`.
///
/// When a value has the wrong type (or meets a `false` schema), that is its only violation: what
/// is nested inside it is not checked.
std::vector<SchemaViolation> schema_violations(const nlohmann::json& schema, const nlohmann::json& document,
                                               std::size_t limit = 50);

}  // namespace mienskip
