#include "perspectief_jsonl/line_reader.hpp"

#include <algorithm>
#include <cstring>

namespace perspectief::jsonl {
namespace {

constexpr std::size_t kBufferBytes = 64u * 1024u;

// The whitespace a JSONL file may hold on a line of its own (JSON's, and the
// form feed and vertical tab an editor may leave).
bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
  });
}

}  // namespace

LineReader::LineReader(std::istream& in, std::size_t max_bytes)
    : in_(in), max_bytes_(max_bytes), buffer_(kBufferBytes) {}

bool LineReader::fill() {
  if (in_.eof()) return false;
  in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  const auto got = static_cast<std::size_t>(in_.gcount());
  if (in_.bad()) throw ReadError("cannot read the input");
  begin_ = 0;
  end_ = got;
  return got != 0;
}

std::optional<Line> LineReader::next() {
  for (;;) {
    Line line;
    bool any = false;  // a byte or a line break seen: this is a line
    for (;;) {
      if (begin_ == end_ && !fill()) {
        if (!any) return std::nullopt;
        break;  // the last line, without a line break
      }
      any = true;
      const char* start = buffer_.data() + begin_;
      const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
      const std::size_t length = newline != nullptr ? static_cast<std::size_t>(newline - start) : end_ - begin_;
      if (!line.too_long) {
        if (line.text.size() + length > max_bytes_) {
          // Counted and skipped from here on: a huge line never sits in memory.
          line.too_long = true;
          std::string().swap(line.text);
        } else {
          line.text.append(start, length);
        }
      }
      begin_ += length;
      if (newline != nullptr) {
        ++begin_;
        break;
      }
    }
    line.number = ++number_;
    if (line.too_long) return line;
    if (blank(line.text)) continue;
    while (!line.text.empty() && line.text.back() == '\r') line.text.pop_back();
    return line;
  }
}

}  // namespace perspectief::jsonl
