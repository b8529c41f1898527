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

ArrowStringView view_of(const std::string& text) {
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

  // A value checked and in its Arrow form: null, text, a number (integer, boolean, days,
  // microseconds) or a list of strings.
  struct Cell {
    const Json* value = nullptr;  // null for a missing value
    int64_t number = 0;
  };

  // Column `i`'s value checked and converted; throws Error(invalid_argument) for a value
  // that is not of the column's type or form.
  Cell cell(int64_t row, std::size_t i, const Json& value) const {
    if (value.is_null()) return {};
    switch (types[i]) {
      case ColumnType::string:
        if (!value.is_string()) refuse(row, i, "not a string");
        return {&value};
      case ColumnType::integer:
        if (!value.is_number_integer()) refuse(row, i, "not an integer");
        if (value.is_number_unsigned() && value.get<std::uint64_t>() > INT64_MAX) refuse(row, i, "beyond 64 bits");
        return {&value, value.get<int64_t>()};
      case ColumnType::boolean:
        if (!value.is_boolean()) refuse(row, i, "not true or false");
        return {&value, value.get<bool>() ? 1 : 0};
      case ColumnType::timestamp: {
        const auto micros = value.is_string() ? epoch_micros(value.get_ref<const std::string&>()) : std::nullopt;
        if (!micros) refuse(row, i, "not a UTC timestamp \"YYYY-MM-DDTHH:MM:SSZ\"");
        return {&value, *micros};
      }
      case ColumnType::date: {
        const auto days = value.is_string() ? epoch_days(value.get_ref<const std::string&>()) : std::nullopt;
        if (!days) refuse(row, i, "not a date \"YYYY-MM-DD\"");
        return {&value, *days};
      }
      case ColumnType::list_of_string:
        if (!value.is_array()) refuse(row, i, "not a list of strings");
        for (const Json& item : value) {
          if (!item.is_string()) refuse(row, i, "not a list of strings");
        }
        return {&value};
    }
    return {};
  }

  void write(std::size_t i, const Cell& cell) {
    ArrowArray* child = array.children[i];
    if (cell.value == nullptr) {
      check(ArrowArrayAppendNull(child, 1), "null");
      return;
    }
    switch (types[i]) {
      case ColumnType::string:
        check(ArrowArrayAppendString(child, view_of(cell.value->get_ref<const std::string&>())), "string");
        return;
      case ColumnType::list_of_string:
        for (const Json& item : *cell.value) {
          check(ArrowArrayAppendString(child->children[0], view_of(item.get_ref<const std::string&>())), "item");
        }
        check(ArrowArrayFinishElement(child), "list");
        return;
      default: check(ArrowArrayAppendInt(child, cell.number), "value"); return;
    }
  }

  // A row is checked whole before any of it is written, so that a refused row leaves every
  // column as long as the others.
  void append_row(int64_t row, const Json& value) {
    if (!value.is_object()) {
      throw Error(ErrorCode::invalid_argument, "record row " + std::to_string(row) + " is not an object");
    }
    cells.resize(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
      const auto found = value.find(names[i]);
      if (found == value.end()) {
        throw Error(ErrorCode::invalid_argument,
                    "record row " + std::to_string(row) + " has no column '" + names[i] + "'");
      }
      cells[i] = cell(row, i, *found);
    }
    for (std::size_t i = 0; i < names.size(); ++i) write(i, cells[i]);
    check(ArrowArrayFinishElement(&array), "row");
    ++rows;
  }

  std::vector<Cell> cells;  // append_row's, kept to spare an allocation a row
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
        // A few rows at a time to JSON and into the columns: never a second copy of them all.
        constexpr std::size_t kChunk = 1024;
        const JsonLimits limits;
        const std::size_t count = rows.size();
        for (std::size_t start = 0; start < count; start += kChunk) {
          Json chunk = Json::array();
          for (std::size_t i = start; i < std::min(count, start + kChunk); ++i) {
            try {
              chunk.push_back(from_python(rows[i], limits));
            } catch (const Error& error) {
              throw Error(error.code(), "record row " + std::to_string(i) + ": " + error.what(), error.pointer());
            }
          }
          without_gil([&] { builder.append(chunk, static_cast<std::int64_t>(start)); });
        }
        return builder.finish();
      },
      py::arg("columns"), py::arg("rows"),
      "The rows (dicts in the tidy form of the record values) as one ArrowRecordBatch with a column per "
      "(name, type) of `columns` (record_schema's pairs).");
}

}  // namespace perspectief::python
