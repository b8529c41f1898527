// Reading a JSONL stream line by line without loading it: every line is counted
// (1-based, blank ones too, so that numbers match an editor's), blank lines are
// skipped, a trailing "\r" (CRLF files) is dropped, and a line longer than the
// limit is reported without being held in memory whole.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace perspectief::jsonl {

// The stream itself failed (not a bad line: that is the line's own error).
class ReadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Line {
  std::size_t number = 0;  // 1-based, counting every line of the stream
  std::string text;        // without its line break; empty when too_long
  bool too_long = false;   // longer than max_bytes: skipped, only counted
};

class LineReader {
 public:
  // max_bytes: the longest line accepted (the engine's document limit), not
  // counting its line break.
  LineReader(std::istream& in, std::size_t max_bytes);

  // The next non-blank line, or nullopt at the end. Throws ReadError.
  std::optional<Line> next();

  std::size_t max_bytes() const { return max_bytes_; }

 private:
  bool fill();

  std::istream& in_;
  std::size_t max_bytes_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::size_t number_ = 0;
};

}  // namespace perspectief::jsonl
