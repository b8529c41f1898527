// Thread-local last error, and the C functions that read it.
#include "last_error.hpp"

#include <string>

#include "core/utf8.hpp"
#include "perspectief/json_api.hpp"

namespace perspectief::capi {
namespace {

// What a thread remembers of its last failure. The strings are only valid
// until the next pp_ call on the thread, as the header says.
struct LastError {
  pp_status code = PP_OK;
  std::string message;
  std::string pointer;
  std::string detail;  // canonical JSON, built when the error is recorded
};

thread_local LastError t_last_error;

constexpr const char* kNoErrorDetail =
    R"({"code":0,"message":"","name":"ok","pointer":"","problems":[],"rules":[]})";
constexpr const char* kOutOfMemoryMessage = "out of memory";
constexpr const char* kOutOfMemoryDetail =
    R"({"code":12,"message":"out of memory","name":"out_of_memory","pointer":"","problems":[],"rules":[]})";

pp_status record(ErrorCode code, std::string_view message, std::string_view pointer,
                 const std::vector<Problem>& problems, const std::vector<std::string>& rules) noexcept {
  LastError& last = t_last_error;
  try {
    const std::string clean_message = to_valid_utf8(message);
    const std::string clean_pointer = to_valid_utf8(pointer);
    const Json detail = {{"code", static_cast<int>(code)},
                         {"name", std::string(error_code_name(code))},
                         {"message", clean_message},
                         {"pointer", clean_pointer},
                         {"problems", json_api::problems_json(problems)},
                         {"rules", rules}};
    // Problems quote the caller's input; `replace` keeps the detail UTF-8 even
    // if the core let an ill-formed byte through into a message.
    std::string detail_text = detail.dump(-1, ' ', false, Json::error_handler_t::replace);
    last.code = static_cast<pp_status>(code);
    last.message = clean_message;
    last.pointer = clean_pointer;
    last.detail = std::move(detail_text);
    return last.code;
  } catch (...) {
    return record_out_of_memory();
  }
}

}  // namespace

void clear_last_error() noexcept {
  LastError& last = t_last_error;
  if (last.code == PP_OK) return;
  last.code = PP_OK;
  last.message.clear();
  last.pointer.clear();
  last.detail.clear();
}

pp_status record_error(const Error& error) noexcept {
  return record(error.code(), error.what(), error.pointer(), error.problems(), error.rules());
}

pp_status record_out_of_memory() noexcept {
  // The static texts below are what the accessors return for this code; the
  // strings are emptied (which never allocates) to give their memory back.
  LastError& last = t_last_error;
  last.code = PP_ERR_OUT_OF_MEMORY;
  last.message.clear();
  last.pointer.clear();
  last.detail.clear();
  return PP_ERR_OUT_OF_MEMORY;
}

pp_status record_internal_error(std::string_view what) noexcept {
  try {
    return record(ErrorCode::internal, "internal error (please report it): " + std::string(what), "", {}, {});
  } catch (...) {
    return record_out_of_memory();
  }
}


}  // namespace perspectief::capi

using perspectief::capi::t_last_error;

extern "C" {

const char* pp_status_name(pp_status status) {
  if (status == PP_OK) return "ok";
  const auto name = perspectief::error_code_name(static_cast<perspectief::ErrorCode>(status));
  // error_code_name returns views of string literals, so data() is NUL-terminated.
  return name.data();
}

pp_status pp_last_error_code(void) { return t_last_error.code; }

const char* pp_last_error_message(void) {
  const auto& last = t_last_error;
  if (last.code == PP_ERR_OUT_OF_MEMORY && last.message.empty()) return perspectief::capi::kOutOfMemoryMessage;
  return last.message.c_str();
}

const char* pp_last_error_pointer(void) { return t_last_error.pointer.c_str(); }

const char* pp_last_error_detail(void) {
  const auto& last = t_last_error;
  if (last.code == PP_OK) return perspectief::capi::kNoErrorDetail;
  if (last.detail.empty()) return perspectief::capi::kOutOfMemoryDetail;
  return last.detail.c_str();
}

void pp_last_error_clear(void) { perspectief::capi::clear_last_error(); }

}  // extern "C"
