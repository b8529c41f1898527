// Record rows into Arrow columns with nanoarrow (record_arrow.hpp), and their export as
// Arrow PyCapsules ("arrow_schema", "arrow_array": the Arrow PyCapsule interface), which
// pyarrow.record_batch(), pyarrow.schema() and other Arrow readers take without copying.
#include "record_arrow.hpp"

#include <chrono>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include <nanoarrow/nanoarrow.h>

#include "errors.hpp"
#include "perspectief/analysis.hpp"
#include "perspectief/calendar.hpp"
#include "perspectief/error.hpp"
#include "perspectief/time.hpp"

namespace perspectief::python {
namespace {

enum class ColumnType { string, integer, boolean, timestamp, date, list_of_string };

ColumnType column_type(const std::string& name) {
  if (name == "string") return ColumnType::string;
  if (name == "integer") return ColumnType::integer;
  if (name == "boolean") return ColumnType::boolean;
  if (name == "timestamp") return ColumnType::timestamp;
  if (name == "date") return ColumnType::date;
  if (name == "list-of-string") return ColumnType::list_of_string;
  throw Error(ErrorCode::invalid_argument, "unknown record column type '" + name + "'");
}

// nanoarrow fails only when memory runs out or a builder is misused (a bug here).
void check(ArrowErrorCode code, const char* what) {
  if (code == NANOARROW_OK) return;
  if (code == ENOMEM) throw std::bad_alloc();
  throw Error(ErrorCode::internal, std::string("Arrow: ") + what + " failed (" + std::strerror(code) + ")");
}

ArrowStringView view_of(std::string_view text) {
  return ArrowStringView{text.data(), static_cast<int64_t>(text.size())};
}

// The schema of a kind's batch: a struct with a nullable field per column.
void init_schema(ArrowSchema* schema, const std::vector<std::string>& names, const std::vector<ColumnType>& types) {
  ArrowSchemaInit(schema);
  check(ArrowSchemaSetTypeStruct(schema, static_cast<int64_t>(names.size())), "struct schema");
  for (std::size_t i = 0; i < names.size(); ++i) {
    ArrowSchema* field = schema->children[i];
    switch (types[i]) {
      case ColumnType::string: check(ArrowSchemaSetType(field, NANOARROW_TYPE_STRING), "schema"); break;
      case ColumnType::integer: check(ArrowSchemaSetType(field, NANOARROW_TYPE_INT64), "schema"); break;
      case ColumnType::boolean: check(ArrowSchemaSetType(field, NANOARROW_TYPE_BOOL), "schema"); break;
      case ColumnType::date: check(ArrowSchemaSetType(field, NANOARROW_TYPE_DATE32), "schema"); break;
      case ColumnType::timestamp:
        check(ArrowSchemaSetTypeDateTime(field, NANOARROW_TYPE_TIMESTAMP, NANOARROW_TIME_UNIT_MICRO, "UTC"),
              "timestamp schema");
        break;
      case ColumnType::list_of_string:
        check(ArrowSchemaSetType(field, NANOARROW_TYPE_LIST), "list schema");  // its child is "item"
        check(ArrowSchemaSetType(field->children[0], NANOARROW_TYPE_STRING), "list item schema");
        break;
    }
    check(ArrowSchemaSetName(field, names[i].c_str()), "field name");
  }
}

// Days since 1970-01-01 of a "YYYY-MM-DD", or nullopt.
std::optional<int64_t> epoch_days(std::string_view text) {
  const auto date = parse_iso_date(text);
  if (!date) return std::nullopt;
  return std::chrono::sys_days(*date).time_since_epoch().count();
}

// Microseconds since the epoch of the tidy timestamp form "YYYY-MM-DDTHH:MM:SSZ" (UTC, whole
// seconds: record_values.hpp), or nullopt for any other text.
std::optional<int64_t> epoch_micros(std::string_view text) {
  if (text.size() != 20 || text.back() != 'Z') return std::nullopt;
  const auto moment = parse_moment(text);
  if (!moment) return std::nullopt;
  return std::chrono::duration_cast<std::chrono::microseconds>(moment->utc.time_since_epoch()).count();
}

// A batch handed over as capsules: "arrow_schema" and "arrow_array" each own their struct
// until a reader moves it out (setting its release to null), as the interface prescribes.
template <class Struct>
void release_capsule(PyObject* capsule, const char* name) {
  auto* value = static_cast<Struct*>(PyCapsule_GetPointer(capsule, name));
  if (value == nullptr) {
    PyErr_Clear();  // a destructor must not leave an exception behind
    return;
  }
  if (value->release != nullptr) value->release(value);
  std::free(value);
}

template <class Struct>
py::capsule capsule_of(Struct& moved, const char* name, PyCapsule_Destructor destructor) {
  auto* owned = static_cast<Struct*>(std::malloc(sizeof(Struct)));
  if (owned == nullptr) throw std::bad_alloc();
  *owned = moved;
  moved.release = nullptr;
  PyObject* capsule = PyCapsule_New(owned, name, destructor);
  if (capsule == nullptr) {
    owned->release(owned);
    std::free(owned);
    throw py::error_already_set();
  }
  return py::reinterpret_steal<py::capsule>(capsule);
}

void release_schema_capsule(PyObject* capsule) { release_capsule<ArrowSchema>(capsule, "arrow_schema"); }
void release_array_capsule(PyObject* capsule) { release_capsule<ArrowArray>(capsule, "arrow_array"); }

}  // namespace

// One finished record batch (the rows of one kind as a struct array) for Arrow readers.
class ArrowRecordBatch {
 public:
  ArrowRecordBatch(ArrowSchema schema, ArrowArray array) : schema_(schema), array_(array) {}
  ~ArrowRecordBatch() {
    if (schema_.release != nullptr) schema_.release(&schema_);
    if (array_.release != nullptr) array_.release(&array_);
  }
  ArrowRecordBatch(const ArrowRecordBatch&) = delete;
  ArrowRecordBatch& operator=(const ArrowRecordBatch&) = delete;

  int64_t num_rows() const { return rows_; }

  // A copy of the schema, as often as asked.
  py::capsule schema_capsule() const {
    ArrowSchema copy;
    check(ArrowSchemaDeepCopy(&schema_, &copy), "schema copy");
    return capsule_of(copy, "arrow_schema", release_schema_capsule);
  }

  // The schema and the columns. The columns move to the reader, once: a batch is the
  // rows of one read, and a second reader would share buffers it cannot know are shared.
  // `requested_schema` may be ignored by the interface's rules: the schema is fixed.
  py::tuple array_capsules(const py::object& /*requested_schema*/) {
    if (array_.release == nullptr) {
      throw Error(ErrorCode::invalid_argument, "this Arrow record batch was already handed to a reader");
    }
    py::capsule schema = schema_capsule();
    return py::make_tuple(std::move(schema), capsule_of(array_, "arrow_array", release_array_capsule));
  }

  void set_rows(int64_t rows) { rows_ = rows; }

 private:
  ArrowSchema schema_;
  ArrowArray array_;
  int64_t rows_ = 0;
};

struct RecordArrowBuilder::Columns {
  std::vector<std::string> names;
  std::vector<std::string> type_names;  // for messages
  std::vector<ColumnType> types;
  ArrowSchema schema{};
  ArrowArray array{};
  int64_t rows = 0;

  explicit Columns(const std::vector<std::pair<std::string, std::string>>& columns) {
    for (const auto& [name, type] : columns) {
      names.push_back(name);
      type_names.push_back(type);
      types.push_back(column_type(type));
    }
    init_schema(&schema, names, types);
    start();
  }

  ~Columns() {
    if (array.release != nullptr) array.release(&array);
    if (schema.release != nullptr) schema.release(&schema);
  }

  void start() {
    ArrowError error;
    check(ArrowArrayInitFromSchema(&array, &schema, &error), "array");
    check(ArrowArrayStartAppending(&array), "appending");
    rows = 0;
  }

  [[noreturn]] void refuse(int64_t row, std::size_t column, const std::string& why) const {
    throw Error(ErrorCode::invalid_argument, "record row " + std::to_string(row) + ", column '" + names[column] +
                                                 "' (" + type_names[column] + "): " + why);
  }

  // A value checked and in its Arrow form: null; text; a number (an integer, a boolean as
  // 0 or 1, days, microseconds); or a list of strings (items[first, first + count)). The
  // text stays where the row holds it, so a row is checked whole before any of it is written.
  struct Cell {
    bool null = true;
    std::string_view text;
    int64_t number = 0;
    std::size_t first = 0;
    std::size_t count = 0;
  };

  Cell text_cell(int64_t row, std::size_t i, std::string_view text) const {
    Cell out{false, text};
    if (types[i] == ColumnType::timestamp) {
      const auto micros = epoch_micros(text);
      if (!micros) refuse(row, i, "not a UTC timestamp \"YYYY-MM-DDTHH:MM:SSZ\"");
      out.number = *micros;
    } else if (types[i] == ColumnType::date) {
      const auto days = epoch_days(text);
      if (!days) refuse(row, i, "not a date \"YYYY-MM-DD\"");
      out.number = *days;
    } else if (types[i] != ColumnType::string) {
      refuse(row, i, std::string("not ") + wanted(i));
    }
    return out;
  }

  Cell number_cell(int64_t row, std::size_t i, int64_t number, bool boolean) const {
    if (types[i] != (boolean ? ColumnType::boolean : ColumnType::integer)) refuse(row, i, std::string("not ") + wanted(i));
    return Cell{false, {}, number};
  }

  const char* wanted(std::size_t i) const {
    switch (types[i]) {
      case ColumnType::string: return "a string";
      case ColumnType::integer: return "an integer";
      case ColumnType::boolean: return "true or false";
      case ColumnType::timestamp: return "a UTC timestamp \"YYYY-MM-DDTHH:MM:SSZ\"";
      case ColumnType::date: return "a date \"YYYY-MM-DD\"";
      case ColumnType::list_of_string: return "a list of strings";
    }
    return "";
  }

  // Column `i`'s value of a row the core wrote (or JSON) checked and converted; throws
  // Error(invalid_argument) for a value not of the column's type or form.
  Cell cell(int64_t row, std::size_t i, const Json& value) {
    if (value.is_null()) return {};
    if (value.is_string()) return text_cell(row, i, value.get_ref<const std::string&>());
    if (value.is_boolean()) return number_cell(row, i, value.get<bool>() ? 1 : 0, true);
    if (value.is_number_integer()) {
      if (value.is_number_unsigned() && value.get<std::uint64_t>() > INT64_MAX) refuse(row, i, "beyond 64 bits");
      return number_cell(row, i, value.get<int64_t>(), false);
    }
    if (value.is_array() && types[i] == ColumnType::list_of_string) {
      Cell out{false, {}, 0, items.size(), 0};
      for (const Json& item : value) {
        if (!item.is_string()) refuse(row, i, "not a list of strings");
        items.push_back(item.get_ref<const std::string&>());
      }
      out.count = items.size() - out.first;
      return out;
    }
    refuse(row, i, std::string("not ") + wanted(i));
  }

  // The same for a Python value (a row dict's). Under the GIL, which keeps the text alive.
  Cell cell(int64_t row, std::size_t i, PyObject* value) {
    if (value == Py_None) return {};
    if (PyUnicode_Check(value)) return text_cell(row, i, utf8_view(value));
    if (PyBool_Check(value)) return number_cell(row, i, value == Py_True ? 1 : 0, true);
    if (PyLong_Check(value)) {
      int overflow = 0;
      const long long number = PyLong_AsLongLongAndOverflow(value, &overflow);
      if (overflow != 0) refuse(row, i, "beyond 64 bits");
      return number_cell(row, i, number, false);
    }
    if ((PyList_Check(value) || PyTuple_Check(value)) && types[i] == ColumnType::list_of_string) {
      Cell out{false, {}, 0, items.size(), 0};
      const py::sequence list = py::reinterpret_borrow<py::sequence>(value);
      for (const py::handle item : list) {
        if (!PyUnicode_Check(item.ptr())) refuse(row, i, "not a list of strings");
        items.push_back(utf8_view(item));
      }
      out.count = items.size() - out.first;
      return out;
    }
    refuse(row, i, std::string("not ") + wanted(i));
  }

  void write(std::size_t i, const Cell& cell) {
    ArrowArray* child = array.children[i];
    if (cell.null) {
      check(ArrowArrayAppendNull(child, 1), "null");
      return;
    }
    switch (types[i]) {
      case ColumnType::string: check(ArrowArrayAppendString(child, view_of(cell.text)), "string"); return;
      case ColumnType::list_of_string:
        for (std::size_t k = cell.first; k < cell.first + cell.count; ++k) {
          check(ArrowArrayAppendString(child->children[0], view_of(items[k])), "item");
        }
        check(ArrowArrayFinishElement(child), "list");
        return;
      default: check(ArrowArrayAppendInt(child, cell.number), "value"); return;
    }
  }

  // The row's cells, checked whole before any is written, so that a refused row leaves
  // every column as long as the others. `value_of(i)` gives column i's value (throwing
  // when the row lacks it).
  template <class ValueOf>
  void append_row(int64_t row, ValueOf&& value_of) {
    cells.resize(names.size());
    items.clear();
    for (std::size_t i = 0; i < names.size(); ++i) cells[i] = cell(row, i, value_of(i));
    for (std::size_t i = 0; i < names.size(); ++i) write(i, cells[i]);
    check(ArrowArrayFinishElement(&array), "row");
    ++rows;
  }

  [[noreturn]] void missing(int64_t row, std::size_t i) const {
    throw Error(ErrorCode::invalid_argument, "record row " + std::to_string(row) + " has no column '" + names[i] + "'");
  }

  [[noreturn]] static void not_a_row(int64_t row) {
    throw Error(ErrorCode::invalid_argument, "record row " + std::to_string(row) + " is not an object");
  }

  void append_row(int64_t row, const Json& value) {
    if (!value.is_object()) not_a_row(row);
    append_row(row, [&](std::size_t i) -> const Json& {
      const auto found = value.find(names[i]);
      if (found == value.end()) missing(row, i);
      return *found;
    });
  }

  // A Python dict's row. Under the GIL.
  void append_row(int64_t row, py::handle value) {
    if (!PyDict_Check(value.ptr())) not_a_row(row);
    if (keys.empty()) {
      for (const std::string& name : names) keys.emplace_back(name);
    }
    append_row(row, [&](std::size_t i) -> PyObject* {
      PyObject* found = PyDict_GetItemWithError(value.ptr(), keys[i].ptr());  // borrowed
      if (found == nullptr) {
        if (PyErr_Occurred() != nullptr) throw py::error_already_set();
        missing(row, i);
      }
      return found;
    });
  }

  std::vector<Cell> cells;               // append_row's, kept to spare an allocation a row
  std::vector<std::string_view> items;   // the row's list items
  std::vector<py::str> keys;             // the names as Python strings, for row dicts
};

namespace {
std::vector<std::pair<std::string, std::string>> columns_of(std::string_view kind) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& column : analysis::record_column_types(kind)) out.emplace_back(column.name, column.type);
  return out;
}
}  // namespace

RecordArrowBuilder::RecordArrowBuilder(std::string_view kind) : RecordArrowBuilder(columns_of(kind)) {}
RecordArrowBuilder::RecordArrowBuilder(const std::vector<std::pair<std::string, std::string>>& columns)
    : columns_(std::make_unique<Columns>(columns)) {}
RecordArrowBuilder::~RecordArrowBuilder() = default;

void RecordArrowBuilder::append(const Json& rows, std::int64_t first_row) {
  if (!rows.is_array()) throw Error(ErrorCode::internal, "record rows are not an array");
  std::int64_t row = first_row;
  for (const Json& value : rows) columns_->append_row(row++, value);
}

void RecordArrowBuilder::append(const py::list& rows) {
  std::int64_t row = 0;
  for (const py::handle value : rows) columns_->append_row(row++, value);
}

std::int64_t RecordArrowBuilder::rows() const { return columns_->rows; }

py::object RecordArrowBuilder::finish() {
  Columns& c = *columns_;
  ArrowError error;
  check(ArrowArrayFinishBuildingDefault(&c.array, &error), "finishing the columns");
  ArrowSchema schema;
  check(ArrowSchemaDeepCopy(&c.schema, &schema), "schema copy");
  const int64_t rows = c.rows;
  auto batch = std::make_unique<ArrowRecordBatch>(schema, c.array);
  batch->set_rows(rows);
  c.array.release = nullptr;  // moved into the batch
  c.start();
  return py::cast(std::move(batch));
}

void bind_record_arrow(py::module_& module) {
  py::class_<ArrowRecordBatch>(module, "ArrowRecordBatch",
                               "Record rows of one kind as Arrow columns built in C++, for pyarrow.record_batch() "
                               "and other readers of the Arrow PyCapsule interface (the columns go to one reader).")
      .def_property_readonly("num_rows", &ArrowRecordBatch::num_rows)
      .def("__arrow_c_schema__", &ArrowRecordBatch::schema_capsule)
      .def("__arrow_c_array__", &ArrowRecordBatch::array_capsules, py::arg("requested_schema") = py::none());

  module.def(
      "arrow_records",
      [](const std::vector<std::pair<std::string, std::string>>& columns, const py::list& rows) {
        RecordArrowBuilder builder(columns);
        builder.append(rows);
        return builder.finish();
      },
      py::arg("columns"), py::arg("rows"),
      "The rows (dicts in the tidy form of the record values) as one ArrowRecordBatch with a column per "
      "(name, type) of `columns` (record_schema's pairs).");
}

}  // namespace perspectief::python
