#include "line_members.hpp"

#include <cstddef>

namespace cli {
namespace {

// The index just past the string that starts at `at` (its opening quote).
std::size_t past_string(std::string_view text, std::size_t at) {
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;  // the escaped character, whatever it is
    } else if (text[i] == '"') {
      return i + 1;
    }
  }
  return text.size();
}

// The index just past the value that starts at `at`.
std::size_t past_value(std::string_view text, std::size_t at) {
  if (at >= text.size()) return text.size();
  if (text[at] == '"') return past_string(text, at);
  if (text[at] != '{' && text[at] != '[') {
    std::size_t i = at;
    while (i < text.size() && text[i] != ',' && text[i] != '}' && text[i] != ']') ++i;
    return i;
  }
  std::size_t depth = 0;
  for (std::size_t i = at; i < text.size();) {
    const char c = text[i];
    if (c == '"') {
      i = past_string(text, i);
      continue;
    }
    if (c == '{' || c == '[') ++depth;
    if ((c == '}' || c == ']') && --depth == 0) return i + 1;
    ++i;
  }
  return text.size();
}

}  // namespace

std::optional<std::string_view> member_text(std::string_view object, std::string_view name) {
  // The library's lines have no insignificant whitespace: {"key":value,"key":value}.
  if (object.empty() || object.front() != '{') return std::nullopt;
  std::size_t at = 1;
  while (at < object.size() && object[at] == '"') {
    const std::size_t key_end = past_string(object, at);
    const std::string_view key = object.substr(at + 1, key_end - at - 2);
    if (key_end >= object.size() || object[key_end] != ':') return std::nullopt;
    const std::size_t value = key_end + 1;
    const std::size_t value_end = past_value(object, value);
    if (key == name) return object.substr(value, value_end - value);
    if (value_end >= object.size() || object[value_end] != ',') return std::nullopt;
    at = value_end + 1;
  }
  return std::nullopt;
}

}  // namespace cli
