// A population register extract as the upload streams it in, in UTF-8 or Windows-1252. The only
// refusal thrown is csv_malformed; a file that is no register is one problem and no rows, and
// problems with single rows are collected. Every row passed on must be storable UTF-8, and the
// register hash must not depend on how the upload was cut.
#include "core/base/error.hpp"
#include "core/invitations/register_reader.hpp"
#include "support.hpp"

using namespace mienskip;

namespace {

struct Reading {
  std::string sha256;
  std::size_t rows = 0;
  std::size_t problems = 0;
  std::string error;
};

Reading read_register(std::string_view text, std::size_t piece_size) {
  Reading reading;
  RegisterReader reader("register.csv", [&](std::size_t, long, const std::vector<std::string>& fields) {
    ++reading.rows;
    for (const auto& field : fields) fuzz::require(fuzz::storable_text(field));
  });
  try {
    for (std::size_t at = 0; at < text.size(); at += piece_size) reader.feed(text.substr(at, piece_size));
    reader.finish();
    if (reader.header().empty()) {
      fuzz::require(reading.rows == 0 && reader.problems().total() == 1);
    } else {
      fuzz::require(reader.header().size() > reader.id_column() && reader.header()[reader.id_column()] == "id");
    }
    // Every record is passed on or has a problem.
    fuzz::require(reading.rows <= reader.records() && reading.rows + reader.problems().total() >= reader.records());
    fuzz::require(reader.problems().first().size() <= 100);
    for (const auto& problem : reader.problems().first()) {
      fuzz::require(problem.row >= 1 && !problem.code.empty() && !problem.message.empty() && problem.params.is_object());
    }
    reading.sha256 = reader.sha256();
    fuzz::require(reading.sha256.size() == 64);
  } catch (const Error& e) {
    fuzz::require(e.code() == "csv_malformed");
    reading.error = e.code();
  }
  reading.problems = reader.problems().total();
  return reading;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::text_of(data, size);
  const Reading whole = read_register(text, text.size() + 1);
  const Reading pieces = read_register(text, 5);
  fuzz::require(whole.sha256 == pieces.sha256 && whole.rows == pieces.rows &&
                whole.problems == pieces.problems && whole.error == pieces.error);
  return 0;
}
