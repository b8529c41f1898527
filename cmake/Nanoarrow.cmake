# nanoarrow: the Arrow C Data Interface builders behind records as Arrow columns in Python
# (bindings/python/src/record_arrow.hpp, issue #14).
#
# Its C sources compiled into the Python module only, so that the module stays one
# self-contained file (the release wheels are cross-built with zig and checked by
# auditwheel) and needs neither Arrow's C++ library nor pyarrow to build or import:
# pyarrow takes the columns through the Arrow PyCapsule interface when the user has it.
# Neither Arrow's C++ library nor nanoarrow is a Debian package.
#
# The sources come from the nanoarrow sdist on PyPI (nanoarrow 0.9.0, Apache License 2.0;
# the C library is under subprojects/arrow-nanoarrow), pinned by version and SHA-256. Its
# own CMake project builds a shared library beside the static one and installs headers;
# we need three C files and the configured header, so we compile those ourselves.
# Building without network: download that file once and configure with
#   -DFETCHCONTENT_SOURCE_DIR_NANOARROW=/path/to/unpacked/nanoarrow-0.9.0
include(FetchContent)
set(PP_NANOARROW_VERSION "0.9.0" CACHE INTERNAL "nanoarrow version of the pinned sdist")
FetchContent_Declare(nanoarrow
  URL "https://files.pythonhosted.org/packages/bc/b2/8fedfa966cc25126e1c9090e6d9fed75dab4e1d2716e3ca2d18ea2d6f438/nanoarrow-0.9.0.tar.gz"
  URL_HASH SHA256=1ce15bbed8532839347faa78824c5dbd3769bff60661003e34c6fba5dd881bd3
  DOWNLOAD_EXTRACT_TIMESTAMP TRUE)
# Only the sources: the sdist's own build (meson, for its Python package) is not ours to run.
FetchContent_GetProperties(nanoarrow)
if(NOT nanoarrow_POPULATED)
  FetchContent_Populate(nanoarrow)
endif()
set(PP_NANOARROW_DIR "${nanoarrow_SOURCE_DIR}/subprojects/arrow-nanoarrow/src")
set(_pp_nanoarrow_sources
  "${PP_NANOARROW_DIR}/nanoarrow/common/array.c"
  "${PP_NANOARROW_DIR}/nanoarrow/common/schema.c"
  "${PP_NANOARROW_DIR}/nanoarrow/common/utils.c")
foreach(_pp_file IN LISTS _pp_nanoarrow_sources ITEMS "${PP_NANOARROW_DIR}/nanoarrow/nanoarrow.h")
  if(NOT EXISTS "${_pp_file}")
    message(FATAL_ERROR "nanoarrow: ${_pp_file} is missing from the sdist")
  endif()
endforeach()

# The header its CMake would configure: the version, and a prefix for every exported C
# symbol, so that another nanoarrow in the same process (a Python package's) never meets
# ours even where the linker cannot hide static symbols.
set(NANOARROW_VERSION "${PP_NANOARROW_VERSION}")
string(REPLACE "." ";" _pp_nanoarrow_parts "${PP_NANOARROW_VERSION}")
list(GET _pp_nanoarrow_parts 0 NANOARROW_VERSION_MAJOR)
list(GET _pp_nanoarrow_parts 1 NANOARROW_VERSION_MINOR)
list(GET _pp_nanoarrow_parts 2 NANOARROW_VERSION_PATCH)
set(NANOARROW_NAMESPACE_DEFINE "#define NANOARROW_NAMESPACE PerspectiefNanoarrow")
set(PP_NANOARROW_CONFIG_DIR "${CMAKE_BINARY_DIR}/nanoarrow-config")
configure_file("${PP_NANOARROW_DIR}/nanoarrow/nanoarrow_config.h.in"
  "${PP_NANOARROW_CONFIG_DIR}/nanoarrow/nanoarrow_config.h" @ONLY)
message(STATUS "perspectief: nanoarrow ${PP_NANOARROW_VERSION} from ${PP_NANOARROW_DIR}")

# A static library of its own (C11, hidden symbols, no warnings: the project's -Werror
# warnings are for the project's code) that `target` links privately, with the headers
# on its include path as system headers.
function(pp_add_nanoarrow target)
  if(NOT TARGET pp_nanoarrow)
    add_library(pp_nanoarrow STATIC ${_pp_nanoarrow_sources})
    set_target_properties(pp_nanoarrow PROPERTIES
      C_STANDARD 11 C_STANDARD_REQUIRED ON POSITION_INDEPENDENT_CODE ON
      C_VISIBILITY_PRESET hidden)
    target_compile_options(pp_nanoarrow PRIVATE -w)
    target_include_directories(pp_nanoarrow SYSTEM PUBLIC "${PP_NANOARROW_CONFIG_DIR}" "${PP_NANOARROW_DIR}")
  endif()
  target_link_libraries(${target} PRIVATE pp_nanoarrow)
endfunction()
