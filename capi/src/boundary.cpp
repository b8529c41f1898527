#include "boundary.hpp"

#include <cstring>

#include "core/utf8.hpp"

namespace perspectief::capi {

Error Call::invalid_argument(const char* parameter, std::string_view problem) const {
  return Error(ErrorCode::invalid_argument, std::string(function_) + ": " + parameter + " " + std::string(problem));
}

Error Call::null_argument(const char* parameter) const { return invalid_argument(parameter, "is NULL"); }

template <class Handle>
Handle& Call::live(Handle* handle, const char* parameter) const {
  if (handle == nullptr) throw null_argument(parameter);
  if (handle->tag != Handle::kTag) {
    throw Error(ErrorCode::state, std::string(function_) + ": " + parameter + " does not point to a " +
                                      Handle::kName + " (a handle of another type?)");
  }
  return *handle;
}

const Engine& Call::engine(const pp_engine* handle, const char* parameter) const {
  return live(handle, parameter).value;
}

const Plan& Call::plan(const pp_plan* handle, const char* parameter) const { return live(handle, parameter).value; }

store::Store& Call::store(pp_store* handle, const char* parameter) const { return live(handle, parameter).value; }

const sharing::PreparedPlan& Call::prepared(const pp_prepared_plan* handle, const char* parameter) const {
  return live(handle, parameter).value;
}

const sharing::Party& Call::party(const pp_party* handle, const char* parameter) const {
  return live(handle, parameter).value;
}

const sharing::PreparedParty& Call::prepared_party(const pp_prepared_party* handle, const char* parameter) const {
  return live(handle, parameter).value;
}

JsonlStream& Call::jsonl_stream(pp_jsonl_stream* handle, const char* parameter) const {
  return *live(handle, parameter).value;
}

std::string_view Call::text(const char* value, const char* parameter) const {
  if (value == nullptr) throw null_argument(parameter);
  const std::string_view text(value, std::strlen(value));
  if (!is_valid_utf8(text)) {
    throw Error(ErrorCode::invalid_utf8, std::string(function_) + ": " + parameter + " is not valid UTF-8");
  }
  return text;
}

Json Call::json(const char* value, const char* parameter, const JsonLimits& limits) const {
  if (value == nullptr) throw null_argument(parameter);
  const std::string_view text(value, std::strlen(value));
  try {
    return parse_json(text, limits);
  } catch (const Error& error) {
    throw json_input_error(error, parameter);
  }
}

Error json_input_error(const Error& error, const char* parameter) {
  return Error(error.code(), std::string(parameter) + ": " + error.what(), error.pointer(), error.problems(),
               error.rules());
}

}  // namespace perspectief::capi
