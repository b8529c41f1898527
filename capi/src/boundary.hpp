// The edge between C and C++: every fallible pp_ function is written as
//
//   pp_status pp_thing(const pp_engine* engine, const char* json, char** out) {
//     return guarded(__func__, [&](const Call& call) {
//       call.out(out, "out");
//       const Engine& e = call.engine(engine, "engine");
//       ...
//     });
//   }
//
// guarded() clears the thread's last error, runs the body and turns whatever it
// throws into a status and a last error: perspectief::Error keeps its code (the
// numbers are the pp_status numbers), std::bad_alloc becomes
// PP_ERR_OUT_OF_MEMORY, anything else PP_ERR_INTERNAL. No exception crosses.
//
// Call checks arguments and names the function and parameter in its messages
// ("pp_plan_parse: json is NULL").
#pragma once

#include <new>
#include <string>
#include <string_view>

#include "handles.hpp"
#include "last_error.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/error.hpp"
#include "perspectief/json.hpp"
#include "perspectief/perspectief.h"

namespace perspectief::capi {

class Call {
 public:
  explicit Call(const char* function) : function_(function) {}

  // An out-parameter: must not be NULL; *out is set to NULL before anything else happens.
  template <class T>
  void out(T** out, const char* parameter) const {
    if (out == nullptr) throw null_argument(parameter);
    *out = nullptr;
  }

  // A live engine handle.
  const Engine& engine(const pp_engine* handle, const char* parameter) const;
  // A live plan handle.
  const Plan& plan(const pp_plan* handle, const char* parameter) const;
  // A live store handle.
  store::Store& store(pp_store* handle, const char* parameter) const;
  // A live prepared plan handle.
  const sharing::PreparedPlan& prepared(const pp_prepared_plan* handle, const char* parameter) const;
  // A live party handle.
  const sharing::Party& party(const pp_party* handle, const char* parameter) const;
  // A live prepared party handle.
  const sharing::PreparedParty& prepared_party(const pp_prepared_party* handle, const char* parameter) const;
  // A live JSONL stream handle.
  JsonlStream& jsonl_stream(pp_jsonl_stream* handle, const char* parameter) const;

  // A NUL-terminated UTF-8 string that is not NULL (identifiers, moments, formats, paths).
  std::string_view text(const char* value, const char* parameter) const;
  // JSON text parsed with the given limits; errors name the parameter.
  Json json(const char* value, const char* parameter, const JsonLimits& limits) const;

  // Error(invalid_argument) whose message names this function and the parameter.
  Error invalid_argument(const char* parameter, std::string_view problem) const;

 private:
  Error null_argument(const char* parameter) const;
  // The handle, when it is not NULL and its tag says it is a Handle.
  template <class Handle>
  Handle& live(Handle* handle, const char* parameter) const;
  const char* function_;
};

// An error the core raised while reading the JSON text passed as parameter,
// with "<parameter>: " in front of its message (which input was malformed?).
// Invalid UTF-8 is already told apart by the core's parse_json.
Error json_input_error(const Error& error, const char* parameter);

template <class Body>
pp_status guarded(const char* function, Body&& body) noexcept {
  try {
    clear_last_error();
    body(Call(function));
    return PP_OK;
  } catch (const Error& error) {
    return record_error(error);
  } catch (const std::bad_alloc&) {
    return record_out_of_memory();
  } catch (const std::exception& unexpected) {
    return record_internal_error(std::string(function) + ": " + unexpected.what());
  } catch (...) {
    return record_internal_error(std::string(function) + ": unknown exception");
  }
}

}  // namespace perspectief::capi
