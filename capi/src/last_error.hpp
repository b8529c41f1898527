// The calling thread's last error: what pp_last_error_*() report.
//
// Every fallible entry point starts by clearing it (boundary.hpp) and, when it
// fails, records the failure here. Recording never throws: when even the
// message cannot be allocated, the error degrades to PP_ERR_OUT_OF_MEMORY with
// static text.
#pragma once

#include <string_view>

#include "perspectief/error.hpp"
#include "perspectief/json.hpp"
#include "perspectief/perspectief.h"

namespace perspectief::capi {

void clear_last_error() noexcept;

// Records the error and returns its status (the ErrorCode's number).
pp_status record_error(const Error& error) noexcept;
pp_status record_out_of_memory() noexcept;
// A bug: an exception the library did not mean to throw.
pp_status record_internal_error(std::string_view what) noexcept;

}  // namespace perspectief::capi
