// Reading the CLI's inputs: files, standard input, and JSON given inline.
#pragma once

#include <string>

namespace cli {

// The whole content of a file, or of standard input for "-". Throws InputError.
std::string read_source(const std::string& source);

// The text of a JSON argument: "@path" reads a file, "-" standard input, and
// anything else is the JSON itself (e.g. --actor '{"role":"ouder",...}').
std::string json_argument(const std::string& value);

}  // namespace cli
