#include "core/invitations/register_reader.hpp"

#include <algorithm>

#include "core/base/error.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

// PostgreSQL stores text in UTF-8 and cannot hold a NUL byte at all.
bool storable(const std::string& text) {
  return text.find('\0') == std::string::npos && utf8_length(text).has_value();
}

void trim_in_place(std::string& text) {
  const auto last = text.find_last_not_of(" \t");
  if (last == std::string::npos) {
    text.clear();
    return;
  }
  text.erase(last + 1);
  text.erase(0, text.find_first_not_of(" \t"));
}

// A header line longer than this is not a register (and would otherwise be held whole).
constexpr std::size_t max_header_bytes = 1 << 20;

}  // namespace

void RegisterProblems::add(RegisterProblem problem) {
  ++total_;
  if (first_.size() < limit_) first_.push_back(std::move(problem));
}

void RegisterProblems::merge(std::vector<RegisterProblem> more, std::size_t more_total) {
  total_ += more_total;
  for (auto& problem : more) first_.push_back(std::move(problem));
  std::stable_sort(first_.begin(), first_.end(), [](const auto& a, const auto& b) { return a.row < b.row; });
  if (first_.size() > limit_) first_.resize(limit_);
}

RegisterReader::RegisterReader(std::string file_name, RowSink on_row, std::size_t problem_limit)
    : file_name_(file_name),
      on_row_(std::move(on_row)),
      csv_(file_name, [this](std::vector<std::string>& fields, long row) { record(fields, row); }, max_header_bytes),
      problems_(problem_limit) {}

void RegisterReader::feed(std::string_view piece) { csv_.feed(piece); }

void RegisterReader::record(std::vector<std::string>& fields, long row) {
  if (id_column_ < 0) {
    for (auto& name : fields) trim_in_place(name);
    for (const auto& name : fields) {
      if (!storable(name)) {
        throw Error(error_codes::invalid_register,
                    "the header is not UTF-8 text; save the register as CSV UTF-8 and upload it again",
                    Location{file_name_, row, ""});
      }
    }
    const auto id = std::find(fields.begin(), fields.end(), "id");
    if (id == fields.end()) {
      throw Error(error_codes::invalid_register, "the register has no column 'id'", Location{file_name_, row, ""});
    }
    id_column_ = static_cast<int>(id - fields.begin());
    header_ = fields;
    hash_.add(header_);
    return;
  }
  const std::size_t position = records_++;
  for (auto& field : fields) trim_in_place(field);
  // The hash covers every record, so that it is the file's whatever the verdict on its rows.
  hash_.add(fields);
  if (fields.size() != header_.size()) {
    problems_.add({row, "",
                   "this line has " + std::to_string(fields.size()) + " fields, the header has " +
                       std::to_string(header_.size())});
    return;
  }
  bool good = true;
  for (std::size_t c = 0; c < fields.size(); ++c) {
    if (!storable(fields[c])) {
      problems_.add({row, header_[c], "not UTF-8 text; save the register as CSV UTF-8 and upload it again"});
      good = false;
    }
  }
  if (fields[static_cast<std::size_t>(id_column_)].empty()) {
    problems_.add({row, "id", "the id is empty"});
    good = false;
  }
  if (good) on_row_(position, row, fields);
}

void RegisterReader::finish() {
  csv_.finish();
  if (id_column_ < 0) throw Error(error_codes::invalid_register, "the register is empty", Location{file_name_});
  if (records_ == 0) {
    throw Error(error_codes::invalid_register, "the register has a header but no residents", Location{file_name_});
  }
  sha256_ = hash_.hex();
}

}  // namespace mienskip
