#include "core/invitations/register_reader.hpp"

#include <algorithm>

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

RegisterProblem field_count_problem(long row, std::size_t fields, std::size_t expected) {
  return {row, "", "field_count",
          "this line has " + std::to_string(fields) + " fields, the header has " + std::to_string(expected),
          {{"fields", fields}, {"expected", expected}}};
}

RegisterProblem not_text_problem(long row, const std::string& column, TextEncoding encoding) {
  return {row, column, "not_text",
          std::string("this is not ") + encoding_name(encoding) +
              " text (or it holds a NUL byte); save the file as CSV UTF-8 and upload it again",
          {{"encoding", encoding_name(encoding)}}};
}

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
  if (!header_read_) {
    header_read_ = true;
    for (auto& name : fields) trim_in_place(name);
    for (const auto& name : fields) {
      if (!storable(name)) return problems_.add(not_text_problem(row, "", encoding()));
    }
    const auto id = std::find(fields.begin(), fields.end(), "id");
    if (id == fields.end()) {
      return problems_.add({row, "", "missing_column", "the register has no column 'id'", {{"column", "id"}}});
    }
    id_column_ = static_cast<int>(id - fields.begin());
    header_ = fields;
    hash_.add(header_);
    return;
  }
  if (id_column_ < 0) return;  // no register: its one problem was said on row 1
  const std::size_t position = records_++;
  for (auto& field : fields) trim_in_place(field);
  // The hash covers every record, so that it is the file's whatever the verdict on its rows.
  hash_.add(fields);
  if (fields.size() != header_.size()) return problems_.add(field_count_problem(row, fields.size(), header_.size()));
  bool good = true;
  for (std::size_t c = 0; c < fields.size(); ++c) {
    if (!storable(fields[c])) {
      problems_.add(not_text_problem(row, header_[c], encoding()));
      good = false;
    }
  }
  if (fields[static_cast<std::size_t>(id_column_)].empty()) {
    problems_.add({row, "id", "empty_id", "the id is empty"});
    good = false;
  }
  if (good) on_row_(position, row, fields);
}

void RegisterReader::finish() {
  csv_.finish();
  if (!header_read_) {
    problems_.add({1, "", "empty_file", "the register is empty"});
  } else if (id_column_ >= 0 && records_ == 0) {
    problems_.add({2, "", "no_rows", "the register has a header but no residents"});
  }
  sha256_ = hash_.hex();
}

}  // namespace mienskip
