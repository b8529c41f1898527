// Reading the CLI's inputs: files, standard input, and JSON given inline.
#pragma once

#include <fstream>
#include <istream>
#include <memory>
#include <string>

namespace cli {

// An open input to read as a stream (JSONL): a file, or standard input for "-".
// Throws InputError for a file that cannot be opened or is a directory.
class InputStream {
 public:
  explicit InputStream(const std::string& source);
  std::istream& stream();
  // "standard input" or the file's name, for messages.
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::unique_ptr<std::ifstream> file_;
};

// The whole content of a file, or of standard input for "-". Throws InputError.
std::string read_source(const std::string& source);

// The text of a JSON argument: "@path" reads a file, "-" standard input, and
// anything else is the JSON itself (e.g. --actor '{"role":"ouder",...}').
std::string json_argument(const std::string& value);

}  // namespace cli
