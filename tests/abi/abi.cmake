# Run as: cmake -DMODE=<check|update> -DABIDW=<abidw> -DABIDIFF=<abidiff> -DLIBRARY=<libperspectief.so>
#               -DHEADERS=<capi/include/perspectief> -DBASELINE=<tests/abi/perspectief.abi> -P abi.cmake
#
# check:  compares the fresh library with the released baseline (abidiff) and
#         fails on an incompatible change. Compatible changes (new functions)
#         pass, with the report printed: record them in the baseline when the
#         release that adds them is made.
# update: writes the baseline from the library (docs/c-api.md, "ABI policy").
#
# Only what the public headers declare counts (--headers-dir, --drop-private-
# types, --exported-interfaces-only): the C++ core inside the library and the
# definitions behind the opaque handles are not part of the ABI.
set(common_options --drop-private-types --exported-interfaces-only)

if(MODE STREQUAL "update")
  execute_process(COMMAND "${ABIDW}" --headers-dir "${HEADERS}" ${common_options} --no-corpus-path
                          --no-comp-dir-path --short-locs --type-id-style hash --out-file "${BASELINE}" "${LIBRARY}"
                  RESULT_VARIABLE result ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "abidw failed (${result}): ${errors}")
  endif()
  message(STATUS "ABI baseline written to ${BASELINE}")
  return()
endif()

if(NOT EXISTS "${BASELINE}")
  message(FATAL_ERROR "no ABI baseline at ${BASELINE}; create it with the pp_abi_baseline target")
endif()
execute_process(COMMAND "${ABIDIFF}" --headers-dir2 "${HEADERS}" ${common_options}
                        "${BASELINE}" "${LIBRARY}"
                RESULT_VARIABLE result OUTPUT_VARIABLE report ERROR_VARIABLE errors)
# abidiff's exit status is a bit field: 1 error, 2 usage error, 4 ABI change,
# 8 incompatible ABI change (abidiff(1), "Return values"). Bit 8 is only set
# for removed symbols: a changed struct layout behind a pointer (an options
# struct, say) is reported with bit 4 alone. So the report's summaries decide:
# anything removed or changed fails; functions or variables only added pass.
if(NOT result MATCHES "^[0-9]+$")
  message(FATAL_ERROR "abidiff did not run: ${result} ${errors}")
endif()
math(EXPR tool_error "${result} & 3")
math(EXPR incompatible "${result} & 8")
math(EXPR changed "${result} & 4")
if(tool_error)
  message(FATAL_ERROR "abidiff failed (exit ${result}):\n${errors}${report}")
endif()
set(breaking OFF)
string(REGEX MATCHALL "changes summary: [0-9]+ Removed[^,]*, [0-9]+ Changed" summaries "${report}")
foreach(summary IN LISTS summaries)
  if(summary MATCHES "summary: ([0-9]+) Removed[^,]*, ([0-9]+) Changed" AND (CMAKE_MATCH_1 GREATER 0 OR CMAKE_MATCH_2 GREATER 0))
    set(breaking ON)
  endif()
endforeach()
string(REGEX MATCHALL "summary: [0-9]+ Removed" removals "${report}")
foreach(removal IN LISTS removals)
  if(removal MATCHES "([0-9]+) Removed" AND CMAKE_MATCH_1 GREATER 0)
    set(breaking ON)
  endif()
endforeach()
if(incompatible OR breaking)
  message(FATAL_ERROR "the C ABI changed incompatibly against ${BASELINE}:\n${report}\n"
                      "Revert it, or make it deliberately (docs/c-api.md, \"ABI policy\"): a new major version "
                      "and PP_ABI_VERSION for a break, or a new baseline for a compatible change such as a field "
                      "added at the end of an options struct.")
endif()
if(changed)
  message(STATUS "functions added to the C ABI (compatible; record them in the baseline at release):\n${report}")
else()
  message(STATUS "C ABI identical to the baseline")
endif()
