#include "perspectief/json.hpp"

#include <string>

#include "core/json_syntax_message.hpp"
#include "perspectief/error.hpp"

namespace perspectief {
namespace {

// Measures the nesting depth without recursion, before the real parser runs,
// so that a document like "[[[[...]]]]" a million deep is refused cheaply and
// nothing recursive (parse, destruction, dump) ever sees it.
std::size_t nesting_depth(std::string_view text) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool in_string = false;
  bool escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    switch (c) {
      case '"': in_string = true; break;
      case '[':
      case '{':
        if (++depth > deepest) deepest = depth;
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      default: break;
    }
  }
  return deepest;
}

}  // namespace

Json parse_json(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) {
    throw Error(ErrorCode::limit_exceeded,
                "JSON document of " + std::to_string(text.size()) + " bytes exceeds the limit of " +
                    std::to_string(limits.max_bytes) + " bytes");
  }
  if (nesting_depth(text) > limits.max_depth) {
    throw Error(ErrorCode::limit_exceeded,
                "JSON document is nested deeper than the limit of " + std::to_string(limits.max_depth));
  }
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann reports invalid UTF-8 inside strings as a syntax error whose
    // message names the bad byte; keep it a code of its own for callers.
    const std::string what = e.what();
    const bool utf8 = what.find("UTF-8") != std::string::npos || what.find("utf-8") != std::string::npos;
    throw Error(utf8 ? ErrorCode::invalid_utf8 : ErrorCode::json_syntax,
                detail::describe_json_syntax_error(text, e.byte, what));
  } catch (const nlohmann::json::out_of_range& e) {
    // A number beyond the range of a double (e.g. 1e400). RFC 8259 section 6 lets a
    // parser limit the range of numbers; report it as a limit instead of letting
    // nlohmann's exception escape to the host.
    throw Error(ErrorCode::limit_exceeded, std::string("JSON number out of range: ") + e.what());
  } catch (const nlohmann::json::exception& e) {
    // Any other parser complaint is still a problem with the text, never a crash.
    throw Error(ErrorCode::json_syntax, std::string("invalid JSON: ") + e.what());
  }
}

std::string canonical_json(const Json& value) {
  // std::map-backed objects are already key-sorted by bytes; strict error
  // handling refuses strings that are not UTF-8 instead of emitting them.
  try {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
  } catch (const nlohmann::json::type_error& e) {
    throw Error(ErrorCode::invalid_utf8, std::string("value holds a string that is not UTF-8: ") + e.what());
  }
}

std::string canonicalize_json(std::string_view text, const JsonLimits& limits) {
  return canonical_json(parse_json(text, limits));
}

std::string json_pointer_escape(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace perspectief
