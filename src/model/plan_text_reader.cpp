// Plan text straight into the typed model with simdjson On Demand (plan_text_reader.hpp).
//
// Every rule of the thorough path that could let a document through which it refuses
// is mirrored here as "give up": the strict parser's (core/json.cpp: duplicate names,
// integers beyond 64 bits, the depth and size limits), JSON's own (control characters
// in strings; simdjson checks UTF-8, literals and structure), the field reader's
// (json_mapping.hpp: types, required fields, enum spellings, dates and moments,
// unknown members of configuration types) and plan_from_json's (the format, segment
// and kader at the plan's level). Free-form members are built as nlohmann values the
// way the strict parser builds them: non-negative integers unsigned, negative ones
// signed, and numbers with a fraction or exponent read by nlohmann itself.
#include "model/plan_text_reader.hpp"

#include <simdjson.h>

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "model/plan_fields.hpp"
#include "model/plan_migration.hpp"
#include "perspectief/calendar.hpp"
#include "perspectief/error.hpp"
#include "perspectief/time.hpp"

namespace perspectief::detail {
namespace {

namespace od = simdjson::ondemand;

// Thrown inside this reader at the first thing out of the ordinary; read_plan_text
// catches it and leaves the document to the thorough reader.
struct Irregular {};

void require(simdjson::error_code error) {
  if (error != simdjson::SUCCESS) throw Irregular{};
}

bool has_control(std::string_view text) {
  for (const unsigned char c : text) {
    if (c < 0x20) return true;
  }
  return false;
}

// Whether the raw string starting just after its opening quote holds a byte below 0x20
// before its closing quote: JSON allows control characters only escaped. simdjson has
// already found the string whole, so the closing quote is there.
bool raw_has_control(const char* raw) {
  for (const char* p = raw;; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"') return false;
    if (c == '\\') {
      ++p;  // the escaped character, never the closing quote
      continue;
    }
    if (c < 0x20) return true;
  }
}

class TextReader {
 public:
  explicit TextReader(const JsonLimits& limits) : limits_(limits) {}

  // A string value, unescaped; only an unescaped string with a control character is
  // looked at again in its raw form.
  std::string_view string(od::value& value) const {
    const std::string_view raw = value.raw_json_token();
    std::string_view text;
    require(value.get_string().get(text));
    if (has_control(text) && raw_has_control(raw.data() + 1)) throw Irregular{};
    return text;
  }

  std::string_view key(od::field& field) const {
    // The raw name first: unescaping the key consumes it.
    const char* raw = field.key().raw();
    std::string_view name;
    require(field.unescaped_key(false).get(name));
    if (has_control(name) && raw_has_control(raw)) throw Irregular{};
    return name;
  }

  // Opening an object or array inside `depth` containers.
  void open(std::size_t depth) const {
    if (depth + 1 > limits_.max_depth) throw Irregular{};
  }

  const JsonLimits& limits() const { return limits_; }

 private:
  const JsonLimits& limits_;
};

// ---- free-form members: nlohmann values, built as the strict parser builds them ----

Json free_form(od::value& value, const TextReader& r, std::size_t depth);

Json free_form_number(od::value& value) {
  od::number_type type;
  require(value.get_number_type().get(type));
  const std::string_view token = value.raw_json_token();
  switch (type) {
    case od::number_type::signed_integer: {
      std::int64_t number = 0;
      require(value.get_int64().get(number));
      if (number < 0) return Json(number);
      // nlohmann reads "-0" as a signed zero; keep that case for the thorough reader.
      if (!token.empty() && token.front() == '-') throw Irregular{};
      return Json(static_cast<std::uint64_t>(number));
    }
    case od::number_type::unsigned_integer: {
      std::uint64_t number = 0;
      require(value.get_uint64().get(number));
      return Json(number);
    }
    case od::number_type::floating_point_number: {
      // A fraction or an exponent: nlohmann's own reading of the token, so the double is
      // the strict parser's to the last bit.
      double ignored = 0;
      require(value.get_double().get(ignored));
      try {
        return Json::parse(token);
      } catch (const Json::exception&) {
        throw Irregular{};
      }
    }
    default: break;  // an integer wider than 64 bits
  }
  throw Irregular{};
}

Json free_form(od::value& value, const TextReader& r, std::size_t depth) {
  od::json_type type;
  require(value.type().get(type));
  switch (type) {
    case od::json_type::object: {
      r.open(depth);
      od::object object;
      require(value.get_object().get(object));
      Json out = Json::object();
      auto& members = out.get_ref<Json::object_t&>();
      for (auto member : object) {
        od::field field;
        require(std::move(member).get(field));
        auto [slot, inserted] = members.emplace(std::string(r.key(field)), Json());
        if (!inserted) throw Irregular{};  // a name twice in one object
        slot->second = free_form(field.value(), r, depth + 1);
      }
      return out;
    }
    case od::json_type::array: {
      r.open(depth);
      od::array array;
      require(value.get_array().get(array));
      Json out = Json::array();
      for (auto element : array) {
        od::value item;
        require(std::move(element).get(item));
        out.push_back(free_form(item, r, depth + 1));
      }
      return out;
    }
    case od::json_type::string: return Json(std::string(r.string(value)));
    case od::json_type::number: return free_form_number(value);
    case od::json_type::boolean: {
      bool flag = false;
      require(value.get_bool().get(flag));
      return Json(flag);
    }
    case od::json_type::null: {
      bool is_null = false;
      require(value.is_null().get(is_null));
      if (!is_null) throw Irregular{};
      return Json();
    }
  }
  throw Irregular{};
}

// ---- typed members, from the same field lists as the thorough reader ----

template <class T>
void read_typed(od::value& value, T& out, const TextReader& r, std::size_t depth);

inline void read_member(od::value& value, std::string& out, const TextReader& r, std::size_t) {
  out.assign(r.string(value));
}

inline void read_member(od::value& value, std::int64_t& out, const TextReader&, std::size_t) {
  require(value.get_int64().get(out));
}

inline void read_member(od::value& value, bool& out, const TextReader&, std::size_t) {
  require(value.get_bool().get(out));
}

inline void read_member(od::value& value, Json& out, const TextReader& r, std::size_t depth) {
  out = free_form(value, r, depth);
}

inline void read_member(od::value& value, IsoDate& out, const TextReader& r, std::size_t) {
  const std::string_view text = r.string(value);
  if (!parse_iso_date(text)) throw Irregular{};
  out.value.assign(text);
}

inline void read_member(od::value& value, Timestamp& out, const TextReader& r, std::size_t) {
  const std::string_view text = r.string(value);
  if (!parse_moment(text)) throw Irregular{};
  out.value.assign(text);
}

template <MappedEnum E>
void read_member(od::value& value, E& out, const TextReader& r, std::size_t) {
  const auto known = enum_from_string<E>(r.string(value));
  if (!known) throw Irregular{};
  out = *known;
}

template <class T>
void read_member(od::value& value, std::vector<T>& out, const TextReader& r, std::size_t depth) {
  r.open(depth);
  od::array array;
  require(value.get_array().get(array));
  out.clear();
  for (auto element : array) {
    od::value item;
    require(std::move(element).get(item));
    read_typed(item, out.emplace_back(), r, depth + 1);
  }
}

template <class T>
void read_member(od::value& value, SharedVector<T>& out, const TextReader& r, std::size_t depth) {
  std::vector<T> items;
  read_member(value, items, r, depth);
  out = SharedVector<T>(std::move(items));
}

template <class T>
void read_member(od::value& value, std::optional<T>& out, const TextReader& r, std::size_t depth) {
  read_typed(value, out.emplace(), r, depth);
}

template <Mapped T>
void read_member(od::value& value, T& out, const TextReader& r, std::size_t depth) {
  constexpr std::size_t kFieldCount = std::tuple_size_v<std::remove_cvref_t<decltype(Fields<T>::fields)>>;
  // Types with unknown_fields keep members they do not know; for the others an unknown
  // member is a problem, left to the thorough reader.
  constexpr bool keeps_unknown = requires { out.unknown_fields; };
  r.open(depth);
  od::object object;
  require(value.get_object().get(object));
  std::bitset<kFieldCount> seen;
  Json unknown = Json::object();
  for (auto member : object) {
    od::field field;
    require(std::move(member).get(field));
    const std::string_view name = r.key(field);
    bool known = false;
    std::size_t index = 0;
    std::apply(
        [&](const auto&... f) {
          (
              [&] {
                if (!known && f.name == name) {
                  known = true;
                  if (seen[index]) throw Irregular{};  // a name twice in one object
                  seen[index] = true;
                  read_typed(field.value(), out.*(f.member), r, depth + 1);
                }
                ++index;
              }(),
              ...);
        },
        Fields<T>::fields);
    if (known) continue;
    if constexpr (keeps_unknown) {
      auto [slot, inserted] = unknown.get_ref<Json::object_t&>().emplace(std::string(name), Json());
      if (!inserted) throw Irregular{};
      slot->second = free_form(field.value(), r, depth + 1);
    } else {
      throw Irregular{};
    }
  }
  std::size_t index = 0;
  std::apply(
      [&](const auto&... f) {
        (
            [&] {
              using M = std::remove_cvref_t<decltype(out.*(f.member))>;
              if (is_required_v<M> && !f.defaulted && !seen[index]) throw Irregular{};
              ++index;
            }(),
            ...);
      },
      Fields<T>::fields);
  if constexpr (keeps_unknown) out.unknown_fields = std::move(unknown);
}

template <class T>
void read_typed(od::value& value, T& out, const TextReader& r, std::size_t depth) {
  read_member(value, out, r, depth);
}

// Documents above this size are read with a parser of their own, freed afterwards, so
// that a thread's reused parser never holds on to the buffers of one huge plan.
constexpr std::size_t kReusedParserBytes = 1u << 20;

std::optional<Plan> read_with(od::parser& parser, std::string_view text, const JsonLimits& limits) {
  const simdjson::padded_string padded(text);
  od::document document;
  if (parser.iterate(padded).get(document) != simdjson::SUCCESS) return std::nullopt;
  const TextReader reader(limits);
  Plan plan;
  od::value root;
  require(document.get_value().get(root));
  read_typed(root, plan, reader, 0);
  if (!document.at_end()) return std::nullopt;
  // plan_from_json's own checks: the current format only (older ones are migrated on
  // the tree), and no segment or kader at the plan's level.
  if (plan.format != kPlanFormat) return std::nullopt;
  for (const std::string_view moved : kMovedToJeugdige) {
    if (plan.unknown_fields.contains(std::string(moved))) return std::nullopt;
  }
  return plan;
}

}  // namespace

std::optional<Plan> read_plan_text(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) return std::nullopt;
  try {
    if (text.size() > kReusedParserBytes) {
      od::parser parser;
      return read_with(parser, text, limits);
    }
    // One parser per thread, reused: its buffers are the cost of a parse. It carries
    // nothing from one document to the next.
    thread_local od::parser parser;
    return read_with(parser, text, limits);
  } catch (const Irregular&) {
    return std::nullopt;
  }
}

}  // namespace perspectief::detail
