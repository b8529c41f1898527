// The two forms the redacted view is written in (view_builder.cpp): a JSON tree, for the
// facade's Json-returning view, and canonical text, for the C ABI and Python, which
// hand text over anyway (issue #14: no tree built only to be dumped). The builder decides
// what goes where once; each form says how to write it. Both take an object's members in
// the byte order of their names, so that the text comes out canonical.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "core/canonical_text.hpp"
#include "model/json_mapping.hpp"
#include "model/text_mapping.hpp"

namespace perspectief::sharing {

struct TreeOutput {
  using Slot = Json;

  // An object: the unknown members first, known members written over them.
  class Object {
   public:
    Object(Json& slot, const Json* unknown)
        : out_(slot = unknown && unknown->is_object() ? *unknown : Json::object()) {}
    template <class T, class F>
    void field(const T& value, const F& f) {
      detail::write_field(value, f, out_);
    }
    Json& member(std::string_view name) { return out_[std::string(name)]; }
    void omit(std::string_view name) { out_.erase(std::string(name)); }
    void close() {}

   private:
    Json& out_;
  };

  class List {
   public:
    explicit List(Json& slot) : out_(slot = Json::array()) {}
    Json& item() { return out_.emplace_back(); }
    void close() {}

   private:
    Json& out_;
  };

  template <class T>
  static void whole(Json& slot, const T& value) {
    slot = detail::write(value);
  }
  static void put(Json& slot, Json&& written) { slot = std::move(written); }
};

struct TextOutput {
  using Slot = std::string;

  class Object {
   public:
    Object(std::string& slot, const Json* unknown) : text_(slot, unknown) {}
    template <class T, class F>
    void field(const T& value, const F& f) {
      detail::write_field_text(value, f, text_);
    }
    std::string& member(std::string_view name) { return text_.member(name); }
    void omit(std::string_view name) { text_.omit(name); }
    void close() { text_.close(); }

   private:
    detail::ObjectText text_;
  };

  using List = detail::ListText;

  template <class T>
  static void whole(std::string& slot, const T& value) {
    detail::write_text(value, slot);
  }
  static void put(std::string& slot, std::string&& written) { slot += written; }
};

}  // namespace perspectief::sharing
