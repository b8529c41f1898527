#include "core/json_syntax_message.hpp"

#include <algorithm>
#include <cstdio>

namespace perspectief::detail {
namespace {

// How many bytes either side of the place the message shows.
constexpr std::size_t kContextBytes = 12;

// A parser message such as
//   "[json.exception.parse_error.101] parse error at line 1, column 1: syntax error while
//    parsing value - invalid literal; last read: 'g'"
// taken apart: the reason in the project's words ("invalid literal while reading a
// value") and the token the parser read last ("g"). The library's exception id, its
// position (recomputed from the text) and its raw copy of the bytes are left out.
struct ParserMessage {
  std::string reason;
  std::string last_read;
};

ParserMessage take_apart(std::string_view message) {
  if (const std::size_t colon = message.find(": "); message.rfind("[json.exception.", 0) == 0 &&
                                                    colon != std::string_view::npos) {
    message.remove_prefix(colon + 2);
  }
  ParserMessage out{std::string(message), {}};
  const std::string last_read = "; last read: '";
  if (const std::size_t start = out.reason.find(last_read); start != std::string::npos) {
    const std::size_t token = start + last_read.size();
    const std::size_t expected = out.reason.find("'; expected", token);
    const std::size_t end = expected != std::string::npos ? expected : out.reason.rfind('\'');
    if (end != std::string::npos && end >= token) out.last_read = out.reason.substr(token, end - token);
    out.reason.erase(start, expected == std::string::npos ? std::string::npos : expected + 1 - start);
  }
  const std::string while_parsing = "syntax error while parsing ";
  if (out.reason.rfind(while_parsing, 0) == 0) {
    const std::size_t dash = out.reason.find(" - ");
    if (dash != std::string::npos) {
      const std::string what = out.reason.substr(while_parsing.size(), dash - while_parsing.size());
      const char first = what.empty() ? 'x' : what.front();
      const bool vowel = first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u';
      out.reason = out.reason.substr(dash + 3) + " while reading " + (vowel ? "an " : "a ") + what;
    }
  }
  return out;
}

// Where the offending token starts (0-based). The parser stops on the token's last
// byte (`position`, 1-based); when the text there ends with the token it read last,
// the place to show is the token's first byte, where a reader looks for the mistake.
std::size_t token_start(std::string_view text, std::size_t position, const std::string& last_read) {
  const std::size_t end = std::min(position, text.size());
  if (!last_read.empty() && last_read.size() <= end && text.substr(end - last_read.size(), last_read.size()) == last_read) {
    return end - last_read.size();
  }
  return std::min(position == 0 ? 0 : position - 1, text.size());
}

}  // namespace

std::string escaped_bytes(std::string_view bytes) {
  std::string out;
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\'' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte >= 0x20 && byte < 0x7f) {
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02x", byte);
      out += hex;
    }
  }
  return out;
}

std::string describe_json_syntax_error(std::string_view text, std::size_t position,
                                       std::string_view parser_message, std::string_view pointer) {
  const ParserMessage parsed = take_apart(parser_message);
  const std::size_t index = token_start(text, position, parsed.last_read);
  const std::string_view before = text.substr(0, index);
  const std::size_t line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
  const std::size_t line_start = before.rfind('\n');
  const std::size_t column = index - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;

  std::string out = "invalid JSON at line " + std::to_string(line) + ", column " + std::to_string(column) +
                    " (byte " + std::to_string(index + 1) + ")";
  if (!pointer.empty()) out += ", in " + std::string(pointer);
  out += ": " + parsed.reason;
  if (index >= text.size()) {
    out += "; the text ends there";
  } else {
    // The place is marked with ^ between the bytes before and after it.
    const std::size_t from = index > kContextBytes ? index - kContextBytes : 0;
    out += "; near '" + escaped_bytes(text.substr(from, index - from)) + "^" +
           escaped_bytes(text.substr(index, kContextBytes)) + "'";
  }
  return out;
}

}  // namespace perspectief::detail
