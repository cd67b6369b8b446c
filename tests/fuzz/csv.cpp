// The CSV reader every upload and import goes through. Refusals are Error csv_malformed. The
// streaming reader promises the same records wherever the text is cut into pieces (an upload
// arrives in pieces cut anywhere), so the text is read whole and in pieces and the two compared;
// parse_csv must agree with both.
#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "support.hpp"

using namespace mienskip;

namespace {

struct Records {
  std::vector<std::vector<std::string>> fields;
  std::vector<long> lines;
  std::string error;  // the code of the Error that ended the reading, if one did

  bool operator==(const Records&) const = default;
};

// Reads `text` cut before each offset in `cuts` (ascending).
Records read_in_pieces(std::string_view text, const std::vector<std::size_t>& cuts) {
  Records records;
  CsvReader reader("fuzz.csv", [&records](std::vector<std::string>& fields, long line) {
    records.fields.push_back(fields);
    records.lines.push_back(line);
  });
  try {
    std::size_t from = 0;
    for (const std::size_t cut : cuts) {
      reader.feed(text.substr(from, cut - from));
      from = cut;
    }
    reader.feed(text.substr(from));
    reader.finish();
  } catch (const Error& e) {
    records.error = e.code();
  }
  return records;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::text_of(data, size);
  const Records whole = read_in_pieces(text, {});
  // Cut before every byte (the hardest case for the reader's state: a CRLF, a quote pair or the
  // first line split anywhere) and in two halves (the first line held across a piece).
  std::vector<std::size_t> every_byte;
  for (std::size_t at = 1; at < size; ++at) every_byte.push_back(at);
  fuzz::require(read_in_pieces(text, every_byte) == whole);
  fuzz::require(read_in_pieces(text, {size / 2}) == whole);
  fuzz::require(whole.error.empty() || whole.error == "csv_malformed");
  for (std::size_t r = 1; r < whole.lines.size(); ++r) fuzz::require(whole.lines[r] > whole.lines[r - 1]);

  try {
    const CsvTable table = parse_csv(text, "fuzz.csv");
    fuzz::require(whole.error.empty() && !whole.fields.empty());
    fuzz::require(table.rows.size() + 1 == whole.fields.size());
    for (const auto& row : table.rows) fuzz::require(row.size() == table.header.size());
    for (std::size_t c = 0; c < table.header.size(); ++c) fuzz::require(table.header[c] == trim(whole.fields[0][c]));
  } catch (const Error& e) {
    fuzz::require(e.code() == "csv_malformed");
  }
  return 0;
}
