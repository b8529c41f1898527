#include "arguments.hpp"

namespace cli {

Arguments::Arguments(const std::vector<std::string>& words, const std::set<std::string>& value_options,
                     const std::set<std::string>& flags) {
  bool options_done = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (options_done || word == "-" || word.rfind("--", 0) != 0) {
      positional_.push_back(word);
      continue;
    }
    if (word == "--") {
      options_done = true;
      continue;
    }
    const std::size_t equals = word.find('=');
    const std::string name = word.substr(0, equals);
    if (flags.count(name)) {
      if (equals != std::string::npos) throw UsageError(name + " takes no value");
      flags_.insert(name);
    } else if (value_options.count(name)) {
      if (equals != std::string::npos) {
        values_[name] = word.substr(equals + 1);
      } else if (i + 1 < words.size()) {
        values_[name] = words[++i];
      } else {
        throw UsageError(name + " needs a value");
      }
    } else {
      throw UsageError("unknown option " + name);
    }
  }
}

std::optional<std::string> Arguments::option(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::string Arguments::required(const std::string& name) const {
  auto value = option(name);
  if (!value) throw UsageError("missing " + name);
  return *value;
}

void Arguments::at_most(std::size_t count, const std::string& usage) const {
  if (positional_.size() > count) throw UsageError("too many arguments; usage: " + usage);
}

}  // namespace cli
