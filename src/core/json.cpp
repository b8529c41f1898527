#include "perspectief/json.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/canonical_text.hpp"
#include "core/json_syntax_message.hpp"
#include "core/utf8.hpp"
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

// A number token without fraction or exponent is an integer; nlohmann hands one
// that does not fit in 64 bits to number_float, already rounded.
bool is_integer_token(const std::string& token) {
  return token.find_first_of(".eE") == std::string::npos;
}

// Builds the document from nlohmann's SAX events (the parser itself is
// iterative), refusing what nlohmann's own DOM builder lets through:
//   * a duplicate member name: RFC 8259 leaves its meaning open and nlohmann keeps
//     the last one, so {"role":"gemeente","role":"lokaal_team"} would be a lokale
//     team to us and a gemeente to a reader that keeps the first (I-JSON, RFC 7493
//     section 2.3, forbids them);
//   * an integer beyond 64 bits: it would be silently rounded to a double, and a
//     local field or unknown member must come back exactly as it came in.
// It keeps the JSON pointer of the place it is at, so the refusal can name it.
class StrictBuilder {
 public:
  StrictBuilder(Json& root, std::string_view text) : root_(root), text_(text) {}

  bool null() { return value(Json()); }
  bool boolean(bool v) { return value(Json(v)); }
  bool number_integer(Json::number_integer_t v) { return value(Json(v)); }
  bool number_unsigned(Json::number_unsigned_t v) { return value(Json(v)); }
  bool number_float(Json::number_float_t v, const std::string& token) {
    if (is_integer_token(token)) {
      refuse(ErrorCode::limit_exceeded, "PP-S-NUMBER-RANGE", current_pointer(),
             "het gehele getal " + token + " past niet in 64 bits en zou worden afgerond",
             "the integer " + token + " does not fit in 64 bits and would be rounded");
      return false;
    }
    return value(Json(v));
  }
  bool string(std::string& v) { return value(Json(std::move(v))); }
  bool binary(Json::binary_t& v) { return value(Json::binary(std::move(v))); }

  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(std::string& name) {
    Frame& frame = frames_.back();
    if (frame.node->contains(name)) {
      frame.key = name;
      refuse(ErrorCode::json_syntax, "PP-S-DUPLICATE-KEY", current_pointer(),
             "de naam '" + name + "' staat twee keer in hetzelfde object",
             "the member name '" + name + "' occurs twice in one object");
      return false;
    }
    frame.key = std::move(name);
    return true;
  }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
    const std::string what = e.what();
    if (e.id == 406) {
      // A number beyond the range of a double (e.g. 1e400). RFC 8259 section 6 lets a
      // parser limit the range of numbers; report it as a limit.
      refuse(ErrorCode::limit_exceeded, "PP-S-NUMBER-RANGE", current_pointer(),
             "getal buiten het bereik van een double", "JSON number out of range: " + what);
      return false;
    }
    // nlohmann reports invalid UTF-8 inside strings as a syntax error whose
    // message names the bad byte; keep it a code of its own for callers.
    const bool utf8 = what.find("UTF-8") != std::string::npos || what.find("utf-8") != std::string::npos;
    code_ = utf8 ? ErrorCode::invalid_utf8 : ErrorCode::json_syntax;
    message_ = detail::describe_json_syntax_error(text_, position, what);
    pointer_.clear();
    problems_.clear();
    return false;
  }

  // A syntax error caused by bytes that are not UTF-8 is invalid_utf8, wherever they
  // are: nlohmann names them inside strings, but outside strings it only sees an
  // unexpected byte. Checked on this failure path only, so valid input pays nothing;
  // every caller (the C ABI, Python, Java, C#) gets the same code and message.
  [[noreturn]] void raise_for(std::string_view text) const {
    if (code_ == ErrorCode::json_syntax || code_ == ErrorCode::invalid_utf8) {
      if (const auto bad = first_invalid_utf8(text)) {
        throw Error(ErrorCode::invalid_utf8,
                    "the text is not valid UTF-8 at byte " + std::to_string(*bad) + " (" + message_ + ")", pointer_,
                    problems_);
      }
    }
    throw Error(code_, message_, pointer_, problems_);
  }

 private:
  struct Frame {
    Json* node;
    std::string key;  // the member being read, in an object
  };

  // The pointer of the value about to be read (or, for a duplicate, of the member named twice).
  std::string current_pointer() const {
    // An array that holds an open container points at its last element; the
    // innermost array at the element about to be added.
    std::string out;
    for (std::size_t k = 0; k < frames_.size(); ++k) {
      const Frame& frame = frames_[k];
      out += '/';
      if (frame.node->is_array()) {
        const bool open_child = k + 1 < frames_.size();
        out += std::to_string(open_child ? frame.node->size() - 1 : frame.node->size());
      } else {
        out += json_pointer_escape(frame.key);
      }
    }
    return out;
  }

  Json* place(Json&& v) {
    if (frames_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Json& parent = *frames_.back().node;
    if (parent.is_array()) {
      parent.push_back(std::move(v));
      return &parent.back();
    }
    Json& slot = parent[frames_.back().key];
    slot = std::move(v);
    return &slot;
  }

  bool value(Json&& v) {
    place(std::move(v));
    return true;
  }
  bool open(Json&& container) {
    frames_.push_back(Frame{place(std::move(container)), {}});
    return true;
  }
  bool close() {
    frames_.pop_back();
    return true;
  }

  void refuse(ErrorCode code, std::string problem, std::string pointer, std::string nl, std::string en) {
    code_ = code;
    message_ = en + (pointer.empty() ? std::string() : " (at " + pointer + ")");
    pointer_ = pointer;
    problems_ = {Problem{std::move(problem), std::move(pointer), std::move(nl), std::move(en), ""}};
  }

  Json& root_;
  std::string_view text_;
  std::vector<Frame> frames_;
  ErrorCode code_ = ErrorCode::json_syntax;
  std::string message_;
  std::string pointer_;
  std::vector<Problem> problems_;
};

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
  Json document;
  StrictBuilder builder(document, text);
  bool complete = false;
  try {
    complete = Json::sax_parse(text.begin(), text.end(), &builder);
  } catch (const nlohmann::json::exception& e) {
    // Any other parser complaint is still a problem with the text, never a crash.
    throw Error(ErrorCode::json_syntax, std::string("invalid JSON: ") + e.what());
  }
  if (!complete) builder.raise_for(text);
  return document;
}

JsonExtent json_extent(const Json& value) {
  // Depth-first with an explicit stack of (value, depth) pairs.
  JsonExtent extent;
  std::vector<std::pair<const Json*, std::size_t>> pending{{&value, 0}};
  const auto string_bytes = [](const std::string& s) { return json_string_bytes(s); };
  while (!pending.empty()) {
    const auto [node, depth] = pending.back();
    pending.pop_back();
    switch (node->type()) {
      case Json::value_t::object:
        extent.depth = std::max(extent.depth, depth + 1);
        extent.bytes += 2 + (node->empty() ? 0 : node->size() - 1);  // braces and commas
        for (auto it = node->begin(); it != node->end(); ++it) {
          extent.bytes += string_bytes(it.key()) + 1;  // the name and the colon
          pending.emplace_back(&it.value(), depth + 1);
        }
        break;
      case Json::value_t::array:
        extent.depth = std::max(extent.depth, depth + 1);
        extent.bytes += 2 + (node->empty() ? 0 : node->size() - 1);
        for (const Json& item : *node) pending.emplace_back(&item, depth + 1);
        break;
      case Json::value_t::string: extent.bytes += string_bytes(node->get_ref<const std::string&>()); break;
      default: extent.bytes += node->dump().size(); break;  // a scalar: its dump is short and not recursive
    }
  }
  return extent;
}

std::string canonical_json(const Json& value) {
  // std::map-backed objects are already key-sorted by bytes; the text writer
  // (core/canonical_text.hpp) refuses strings that are not UTF-8.
  std::string out;
  detail::append_canonical(out, value);
  return out;
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
