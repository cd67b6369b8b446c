// A form body as resident pages post it (application/x-www-form-urlencoded). Refusals are Errors
// invalid_form and form_too_large; what is read must be within the limits and valid UTF-8.
#include "core/base/error.hpp"
#include "core/base/form_body.hpp"
#include "support.hpp"

using namespace mienskip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body = fuzz::text_of(data, size);
  const FormLimits limits;
  std::vector<std::pair<std::string, std::string>> fields;
  try {
    fields = read_form_body(body, limits);
  } catch (const Error& e) {
    fuzz::require(e.code() == "invalid_form" || e.code() == "form_too_large");
    return 0;
  }
  fuzz::require(fields.size() <= limits.max_fields);
  for (const auto& [name, value] : fields) {
    fuzz::require(name.size() <= limits.max_name_bytes);
    fuzz::require(fuzz::storable_text(name) && fuzz::storable_text(value));
    // Decoding never makes text longer than the body it came from.
    fuzz::require(name.size() + value.size() <= body.size());
  }
  return 0;
}
