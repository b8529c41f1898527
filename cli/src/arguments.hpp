// Command-line arguments of one subcommand: positional values, options with a
// value ("--at 2026-03-02T09:30:00+01:00" or "--at=..."), and flags ("--json").
// Each subcommand says which options it knows; anything else is a usage error.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace cli {

// A wrong command line (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An input the CLI itself could not read (exit code 3).
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Arguments {
 public:
  Arguments(const std::vector<std::string>& words, const std::set<std::string>& value_options,
            const std::set<std::string>& flags);

  std::optional<std::string> option(const std::string& name) const;
  // The option's value; UsageError naming it when it was not given.
  std::string required(const std::string& name) const;
  bool flag(const std::string& name) const { return flags_.count(name) != 0; }
  const std::vector<std::string>& positional() const { return positional_; }
  // Refuses more than `count` positional values.
  void at_most(std::size_t count, const std::string& usage) const;

 private:
  std::map<std::string, std::string> values_;
  std::set<std::string> flags_;
  std::vector<std::string> positional_;
};

}  // namespace cli
