#include "core/canonical_text.hpp"

#include <charconv>

#include "core/utf8.hpp"
#include "perspectief/error.hpp"

namespace perspectief::detail {
namespace {

// The escape of a byte below 0x20, '"' or '\\', as nlohmann writes it.
void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += "\\u00";
  out += kHex[c >> 4];
  out += kHex[c & 0x0F];
}

// The members to merge: an object's, or none (nlohmann's iterators must belong to a
// value to be compared).
const Json& unknown_members(const Json* unknown) {
  static const Json none = Json::object();
  return unknown && unknown->is_object() ? *unknown : none;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  // Runs of bytes that need no escape are appended whole; bytes from 0x80 up pass
  // through as they are, and only a string that has any is checked for UTF-8.
  std::size_t run = 0;
  bool beyond_ascii = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      beyond_ascii = true;
    } else if (c < 0x20 || c == '"' || c == '\\') {
      out.append(text.data() + run, i - run);
      append_escape(out, c);
      run = i + 1;
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
  if (beyond_ascii && !is_valid_utf8(text)) {
    // The tree writer refuses the same string with nlohmann's message (which names the
    // byte's index in the string): let it say so, so both paths fail alike.
    std::string unused;
    append_canonical(unused, Json(std::string(text)));
  }
}

void append_canonical(std::string& out, const Json& value) {
  // The serializer Json::dump uses, appending to `out` instead of a new string; strict
  // error handling refuses a string that is not UTF-8 instead of writing it.
  try {
    nlohmann::detail::serializer<Json> serializer(nlohmann::detail::output_adapter<char, std::string>(out), ' ',
                                                  nlohmann::json::error_handler_t::strict);
    serializer.dump(value, false, false, 0);
  } catch (const nlohmann::json::type_error& e) {
    throw Error(ErrorCode::invalid_utf8, std::string("value holds a string that is not UTF-8: ") + e.what());
  }
}

void append_json_integer(std::string& out, std::int64_t value) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out.append(digits, end);
}

ObjectText::ObjectText(std::string& out, const Json* unknown)
    : out_(out), unknown_(unknown_members(unknown).cbegin()), unknown_end_(unknown_members(unknown).cend()) {
  out_ += '{';
}

void ObjectText::separate() {
  if (!first_) out_ += ',';
  first_ = false;
}

void ObjectText::merge_unknown_up_to(std::string_view name) {
  for (; unknown_ != unknown_end_; ++unknown_) {
    const std::string& key = unknown_.key();
    // std::string's order is the byte order the tree's map keeps, and canonical_json's.
    const int order = std::string_view(key).compare(name);
    if (order > 0) return;
    if (order == 0) {
      ++unknown_;
      return;
    }
    write_unknown();
  }
}

void ObjectText::write_unknown() {
  separate();
  append_json_string(out_, unknown_.key());
  out_ += ':';
  append_canonical(out_, unknown_.value());
}

std::string& ObjectText::member(std::string_view name) {
  merge_unknown_up_to(name);
  separate();
  // The names this is called with are the model's field names: plain ASCII.
  append_json_string(out_, name);
  out_ += ':';
  return out_;
}

void ObjectText::omit(std::string_view name) { merge_unknown_up_to(name); }

void ObjectText::close() {
  for (; unknown_ != unknown_end_; ++unknown_) write_unknown();
  out_ += '}';
}

}  // namespace perspectief::detail
