#include "core/base/error.hpp"

namespace mienskip {

std::string Location::describe() const {
  std::string text = file;
  auto append = [&text](const std::string& part) {
    if (!text.empty()) text += ", ";
    text += part;
  };
  if (row) append("row " + std::to_string(*row));
  if (!column.empty()) append("column " + column);
  return text;
}

namespace {
std::string with_location(const std::string& message, const Location& where) {
  const std::string place = where.describe();
  return place.empty() ? message : place + ": " + message;
}
}  // namespace

Error::Error(std::string code, const std::string& message, Location where, ErrorParams params)
    : std::runtime_error(with_location(message, where)),
      code_(std::move(code)),
      where_(std::move(where)),
      params_(std::move(params)) {}

}  // namespace mienskip
