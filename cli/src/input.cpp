#include "input.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
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
  std::ifstream file(source, std::ios::binary);
  if (!file) throw InputError("cannot open '" + source + "': " + std::strerror(errno));
  std::string content((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (file.bad()) throw InputError("cannot read '" + source + "': " + std::strerror(errno));
  return content;
}

std::string json_argument(const std::string& value) {
  if (value == "-") return read_source("-");
  if (!value.empty() && value.front() == '@') return read_source(value.substr(1));
  return value;
}

}  // namespace cli
