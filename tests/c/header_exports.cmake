# The pp_ functions perspectief.h declares with PP_API: what libperspectief must export.
# include()d by check_symbols.cmake (pp_header_exports), or run on its own, which prints
# them one a line (scripts/release_check.py):
#   cmake -DHEADER=<perspectief.h> -P header_exports.cmake
function(pp_header_exports header out_var)
  file(READ "${header}" text)
  string(REGEX MATCHALL "PP_API[^;(]*[ *](pp_[a-z0-9_]+)\\(" declarations "${text}")
  set(declared "")
  foreach(declaration IN LISTS declarations)
    string(REGEX REPLACE ".*[ *](pp_[a-z0-9_]+)\\($" "\\1" name "${declaration}")
    list(APPEND declared "${name}")
  endforeach()
  list(SORT declared)
  set(${out_var} "${declared}" PARENT_SCOPE)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
  pp_header_exports("${HEADER}" names)
  list(JOIN names "\n" text)
  execute_process(COMMAND "${CMAKE_COMMAND}" -E echo "${text}")
endif()
