#include "input.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "arguments.hpp"

namespace cli {

std::string read_source(const std::string& source) {
  if (source == "-") {
    std::ostringstream content;
    content << std::cin.rdbuf();
    if (std::cin.bad()) throw InputError("cannot read standard input");
    return content.str();
  }
  // A directory opens as a stream on Linux and fails only on the first read,
  // with the C++ library's words; say what it is instead.
  std::error_code ignored;
  if (std::filesystem::is_directory(source, ignored)) throw InputError("'" + source + "' is a directory, not a file");
  std::ifstream file(source, std::ios::binary);
  if (!file) throw InputError("cannot open '" + source + "': " + std::strerror(errno));
  std::ostringstream content;
  content << file.rdbuf();
  if (file.bad() || content.bad()) throw InputError("cannot read '" + source + "': " + std::strerror(errno));
  return content.str();
}

std::string json_argument(const std::string& value) {
  if (value == "-") return read_source("-");
  if (!value.empty() && value.front() == '@') return read_source(value.substr(1));
  return value;
}

}  // namespace cli
