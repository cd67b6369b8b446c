#include "cli/arguments.hpp"

#include <sstream>

#include "core/base/error.hpp"

namespace mienskip::cli {

std::optional<std::string> Arguments::option(const std::string& name) const {
  const auto found = options.find(name);
  if (found == options.end()) return std::nullopt;
  return found->second;
}

long long parse_whole_number(const std::string& text, long long min, long long max, const std::string& origin,
                             const std::string& code) {
  std::size_t used = 0;
  long long value = 0;
  try {
    value = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size() || value < min || value > max) {
    throw Error(code, origin + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                          ", not '" + text + "'");
  }
  return value;
}

double parse_decimal(const std::string& text, double min, double max, const std::string& origin,
                     const std::string& code) {
  std::size_t used = 0;
  double value = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size() || !(value >= min && value <= max)) {
    std::ostringstream range;
    range << min << " to " << max;
    throw Error(code, origin + " must be a number from " + range.str() + ", not '" + text + "'");
  }
  return value;
}

Arguments parse_arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
                          const std::set<std::string>& switches) {
  Arguments parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.rfind("--", 0) != 0 || arg == "--") {
      parsed.positional.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2);
    std::optional<std::string> value;
    if (const auto equals = name.find('='); equals != std::string::npos) {
      value = name.substr(equals + 1);
      name = name.substr(0, equals);
    }
    if (switches.count(name)) {
      if (value) throw Error(error_codes::usage, "--" + name + " takes no value");
      parsed.options[name] = "";
    } else if (valued.count(name)) {
      if (!value) {
        if (i + 1 >= args.size()) throw Error(error_codes::usage, "--" + name + " needs a value");
        value = args[++i];
      }
      parsed.options[name] = *value;
    } else {
      throw Error(error_codes::usage, "unknown option --" + name);
    }
  }
  return parsed;
}

}  // namespace mienskip::cli
