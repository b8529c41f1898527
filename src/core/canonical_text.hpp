// Canonical JSON text written piece by piece, without building a JSON tree first (issue
// #14: views and plans are written straight from the typed model). The pieces produce
// exactly the bytes canonical_json (json.hpp) gives for the same value: names in byte
// order, no whitespace, strings escaped as nlohmann escapes them (\b \f \n \r \t \" \\,
// other control characters as lowercase \u00xx, everything else as UTF-8), and the same
// invalid_utf8 error, with the same message, for a string that is not UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "perspectief/json.hpp"

namespace perspectief::detail {

// Appends `text` as a canonical JSON string.
void append_json_string(std::string& out, std::string_view text);

// Appends canonical_json(value).
void append_canonical(std::string& out, const Json& value);

void append_json_integer(std::string& out, std::int64_t value);

inline void append_json_bool(std::string& out, bool value) { out += value ? "true" : "false"; }

// One object being written. Members must be started in ascending byte order of their
// names (the canonical order); the members of `unknown` (kept from the input, see
// json_mapping.hpp) are merged in at their places, each unless a member of the same
// name is written or omitted: a field this version knows always wins over a stale copy,
// as it does when the tree writer writes the field over the unknown member.
class ObjectText {
 public:
  // Opens the object. `unknown` may be null, or any Json: only an object's members count.
  explicit ObjectText(std::string& out, const Json* unknown = nullptr);
  ObjectText(const ObjectText&) = delete;
  ObjectText& operator=(const ObjectText&) = delete;

  // Writes the member's name; the caller writes its value into the returned string. The
  // name comes from the code (a field's name), written as it is: nothing in it to escape.
  std::string& member(std::string_view name);
  // No member of this name is written, and the unknown member of that name is dropped.
  void omit(std::string_view name);
  // Writes the remaining unknown members and the closing brace.
  void close();

 private:
  // Writes the unknown members before `name` and skips the one named `name`.
  void merge_unknown_up_to(std::string_view name);
  void write_unknown();  // the unknown member at unknown_
  void separate();

  std::string& out_;
  Json::const_iterator unknown_;
  Json::const_iterator unknown_end_;
  bool first_ = true;
};

// One array being written: item() before each item, then close().
class ListText {
 public:
  explicit ListText(std::string& out) : out_(out) { out_ += '['; }
  std::string& item() {
    if (!first_) out_ += ',';
    first_ = false;
    return out_;
  }
  void close() { out_ += ']'; }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace perspectief::detail
