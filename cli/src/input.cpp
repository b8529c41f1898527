#include "input.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "arguments.hpp"

namespace cli {

InputStream::InputStream(const std::string& source) : name_(source == "-" ? "standard input" : "'" + source + "'") {
  if (source == "-") return;
  // A directory opens as a stream on Linux and fails only on the first read,
  // with the C++ library's words; say what it is instead.
  std::error_code ignored;
  if (std::filesystem::is_directory(source, ignored)) throw InputError("'" + source + "' is a directory, not a file");
  file_ = std::make_unique<std::ifstream>(source, std::ios::binary);
  if (!*file_) throw InputError("cannot open '" + source + "': " + std::strerror(errno));
}

std::istream& InputStream::stream() { return file_ ? static_cast<std::istream&>(*file_) : std::cin; }

std::string read_source(const std::string& source) {
  InputStream input(source);
  std::ostringstream content;
  content << input.stream().rdbuf();
  if (input.stream().bad() || content.bad()) {
    throw InputError("cannot read " + input.name() + (source == "-" ? "" : std::string(": ") + std::strerror(errno)));
  }
  return content.str();
}

std::string json_argument(const std::string& value) {
  if (value == "-") return read_source("-");
  if (!value.empty() && value.front() == '@') return read_source(value.substr(1));
  return value;
}

}  // namespace cli
