#include "cli/arguments.hpp"

#include "core/error.hpp"

namespace mienskip::cli {

std::optional<std::string> Arguments::option(const std::string& name) const {
  const auto found = options.find(name);
  if (found == options.end()) return std::nullopt;
  return found->second;
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
      if (value) throw Error("usage", "--" + name + " takes no value");
      parsed.options[name] = "";
    } else if (valued.count(name)) {
      if (!value) {
        if (i + 1 >= args.size()) throw Error("usage", "--" + name + " needs a value");
        value = args[++i];
      }
      parsed.options[name] = *value;
    } else {
      throw Error("usage", "unknown option --" + name);
    }
  }
  return parsed;
}

}  // namespace mienskip::cli
