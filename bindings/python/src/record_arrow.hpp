// Record rows written by C++ straight into Arrow columns (nanoarrow), handed to pyarrow,
// polars or any other Arrow reader through the Arrow PyCapsule interface without Python
// objects per value and without linking or importing pyarrow (docs/python.md, "Records as
// Arrow columns"; issue #14).
//
// The schema is the one Records.to_arrow() has always given (record_table.py): a column per
// record column, in order, typed by its declared type (analysis.hpp, record_column_types):
//   string          utf8                        integer    int64
//   boolean         bool                        date       date32 (days since 1970-01-01)
//   timestamp       timestamp[us, tz=UTC]       list-of-string   list<item: utf8>
// every column nullable, as a struct array: one record batch.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "binding.hpp"
#include "perspectief/json.hpp"

namespace perspectief::python {

// The rows of one record kind as Arrow columns, built a row at a time.
class RecordArrowBuilder {
 public:
  // The columns of record `kind`; throws Error(invalid_argument) for an unknown kind.
  explicit RecordArrowBuilder(std::string_view kind);
  // The columns (name, type) given, the types those of analysis.hpp's RecordColumn;
  // throws Error(invalid_argument) for an unknown type.
  explicit RecordArrowBuilder(const std::vector<std::pair<std::string, std::string>>& columns);
  ~RecordArrowBuilder();
  RecordArrowBuilder(const RecordArrowBuilder&) = delete;
  RecordArrowBuilder& operator=(const RecordArrowBuilder&) = delete;

  // Appends `rows`, an array of row objects in the tidy form of the record values
  // (record_values.hpp): each value of its column's type or null. A row that lacks a
  // column, or a value of another type or form (a timestamp not "YYYY-MM-DDTHH:MM:SSZ"),
  // is Error(invalid_argument) naming the row (counted from `first_row`) and the column;
  // the rows before it in `rows` stay appended. Needs no GIL.
  void append(const Json& rows, std::int64_t first_row = 0);

  // The same for `rows`, a list of dicts (Records), read in place: no JSON made of them.
  // Under the GIL.
  void append(const py::list& rows);

  // The rows appended so far.
  std::int64_t rows() const;

  // The rows appended so far as one record batch, exported through the Arrow PyCapsule
  // interface (a _core.ArrowRecordBatch); the builder starts over, empty. Under the GIL.
  py::object finish();

 private:
  struct Columns;
  std::unique_ptr<Columns> columns_;
};

// _core.ArrowRecordBatch and _core.arrow_records (a list of row dicts as one batch).
void bind_record_arrow(py::module_& module);

}  // namespace perspectief::python
