// Record values in their tidy form (see record_values.hpp).
#include "analysis/record_values.hpp"

#include <chrono>
#include <cstdint>
#include <limits>
#include <string>

#include "perspectief/calendar.hpp"
#include "perspectief/error.hpp"
#include "perspectief/time.hpp"

namespace perspectief::analysis {
namespace {

using detail::ColumnType;

std::string where(std::string_view kind, std::string_view column) {
  return std::string(kind) + " record column '" + std::string(column) + "'";
}

[[noreturn]] void wrong_type(std::string_view kind, const detail::ColumnDecl& column, const Json& value) {
  throw Error(ErrorCode::internal, where(kind, column.name) + " is declared " +
                                       std::string(detail::column_type_name(column.type)) + " but holds " +
                                       value.dump());
}

// The moment in UTC: pandas, Arrow and SQL parse a column of one offset as one type,
// and ordering the texts orders the moments. Sub-second digits are already dropped
// by parse_moment (time.hpp).
std::optional<std::string> utc_timestamp(const std::string& text) {
  const auto moment = parse_moment(text);
  if (!moment) return std::nullopt;
  return format_moment(Moment{moment->utc, std::chrono::minutes{0}});
}

Json tidy_value(std::string_view kind, const detail::ColumnDecl& column, Json value, std::string_view source) {
  if (value.is_null()) return value;
  switch (column.type) {
    case ColumnType::string:
      if (!value.is_string()) wrong_type(kind, column, value);
      return value.get_ref<const std::string&>().empty() ? Json(nullptr) : value;
    case ColumnType::integer:
      if (!value.is_number_integer()) wrong_type(kind, column, value);
      if (value.is_number_unsigned() &&
          value.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        wrong_type(kind, column, value);
      }
      return Json(value.get<std::int64_t>());
    case ColumnType::boolean:
      if (!value.is_boolean()) wrong_type(kind, column, value);
      return value;
    case ColumnType::timestamp: {
      if (!value.is_string()) wrong_type(kind, column, value);
      const std::string& text = value.get_ref<const std::string&>();
      if (auto utc = utc_timestamp(text)) return Json(std::move(*utc));
      throw Error(ErrorCode::validation,
                  where(kind, column.name) + ": \"" + text + "\" is not an RFC 3339 timestamp with an offset",
                  std::string(source));
    }
    case ColumnType::date: {
      if (!value.is_string()) wrong_type(kind, column, value);
      const std::string& text = value.get_ref<const std::string&>();
      if (const auto day = parse_iso_date(text)) return Json(format_iso_date(*day));
      throw Error(ErrorCode::validation, where(kind, column.name) + ": \"" + text + "\" is not a date (YYYY-MM-DD)",
                  std::string(source));
    }
    case ColumnType::list_of_string:
      if (!value.is_array()) wrong_type(kind, column, value);
      for (const Json& item : value) {
        if (!item.is_string()) wrong_type(kind, column, value);
      }
      return value;
  }
  wrong_type(kind, column, value);
}

}  // namespace

Json tidy_row(std::string_view kind, std::span<const detail::ColumnDecl> columns, Json row, std::string_view source) {
  if (!row.is_object() || row.size() != columns.size()) {
    throw Error(ErrorCode::internal, std::string(kind) + " record has keys other than its columns: " + row.dump());
  }
  for (const detail::ColumnDecl& column : columns) {
    const auto found = row.find(column.name);
    if (found == row.end()) {
      throw Error(ErrorCode::internal, where(kind, column.name) + " is missing from " + row.dump());
    }
    *found = tidy_value(kind, column, std::move(*found), source);
  }
  return row;
}

}  // namespace perspectief::analysis
