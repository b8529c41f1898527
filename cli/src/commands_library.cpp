// perspectief profiles | version
#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "output.hpp"

namespace cli {

int command_profiles(const Words& words) {
  const Arguments arguments(words, {}, {"--pretty"});
  arguments.at_most(1, "perspectief profiles [ID]");
  if (arguments.positional().empty()) {
    print_json(string_result([](char** out) { return pp_profile_list(out); }), arguments.flag("--pretty"));
  } else {
    const std::string id = arguments.positional().front();
    print_json(string_result([&](char** out) { return pp_profile_get(id.c_str(), out); }), arguments.flag("--pretty"));
  }
  return kExitOk;
}

int command_version(const Words& words) {
  const Arguments arguments(words, {}, {});
  arguments.at_most(0, "perspectief version");
  std::cout << "perspectief " << pp_version_string() << " (C ABI " << pp_version_major() << ")\n";
  return kExitOk;
}

}  // namespace cli
