// The tidy form of a record row's values (docs/analysis.md, "Record values"): every value
// is of its column's declared type (record_columns.hpp) or null, in one canonical form per
// type, so that a typed table (pandas, Arrow, a database, the Java and C# getters) takes a
// column without guessing:
//   string          a JSON string, never "" (an empty text is a missing value: null)
//   integer         a JSON integer
//   boolean         true or false
//   timestamp       "YYYY-MM-DDTHH:MM:SSZ", the moment in UTC (one offset per column)
//   date            "YYYY-MM-DD"
//   list-of-string  a JSON array of strings ([] for none), never text joined with ","
#pragma once

#include <span>
#include <string_view>

#include "model/field_shape.hpp"
#include "perspectief/json.hpp"

namespace perspectief::analysis {

// `row` (an object with exactly `columns` as keys) with every value in its tidy form.
// `source` is the JSON pointer of the part of the plan the row describes
// ("/children/0/evaluations/1"): a timestamp or date the plan holds as malformed text
// (a plan built in C++ rather than parsed) is Error(validation) at that pointer. A value
// the record builder made of the wrong type, or a missing or extra key, is a bug:
// Error(internal).
Json tidy_row(std::string_view kind, std::span<const detail::ColumnDecl> columns, Json row, std::string_view source);

}  // namespace perspectief::analysis
