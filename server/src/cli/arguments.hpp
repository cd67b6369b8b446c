#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mienskip::cli {

/// A command line after the command name: `--name value`, `--name=value`, switches and the rest.
struct Arguments {
  std::map<std::string, std::string> options;  // without the leading "--"; switches map to ""
  std::vector<std::string> positional;

  std::optional<std::string> option(const std::string& name) const;
  bool has(const std::string& name) const { return options.count(name) > 0; }
};

/// `text` as a whole number from `min` to `max`; otherwise throws Error `code` with a message that
/// names `origin` (the flag or variable it came from).
long long parse_whole_number(const std::string& text, long long min, long long max, const std::string& origin,
                             const std::string& code = "usage");

/// `text` as a decimal number from `min` to `max`; errors as parse_whole_number.
double parse_decimal(const std::string& text, double min, double max, const std::string& origin,
                     const std::string& code = "usage");

/// Parses `args`. Names in `switches` take no value; every other option takes one. Throws Error
/// `usage` for an option not in `switches` or `valued`, or a valued option without its value.
Arguments parse_arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
                          const std::set<std::string>& switches = {});

}  // namespace mienskip::cli
