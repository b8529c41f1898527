# simdjson: the fast reader of plan text (src/model/plan_text_reader.hpp, issue #14).
#
# The single-file amalgamation (simdjson.h + simdjson.cpp) compiled into the core, so
# that libperspectief.so, libperspectief.a, the JNI/C# glue and the Python module carry
# it on every platform, cross-compiled or not, and no host needs a simdjson of its own.
# Debian 12's libsimdjson-dev ships only a shared library (3.0.1), which would make
# every binary depend on libsimdjson.so.14 at run time.
#
# The amalgamation comes from the pysimdjson sdist on PyPI (pysimdjson 7.0.2 vendors
# simdjson 3.12.3 under the Apache License 2.0), pinned by version and SHA-256. (simdjson
# 3.6.4, in pysimdjson 6.0.2, does not compile with clang 19 and later, which the release
# cross-builds use: docs/release.md.)
# Building without network: download that file once and configure with
#   -DFETCHCONTENT_SOURCE_DIR_SIMDJSON=/path/to/unpacked/pysimdjson-7.0.2
include(FetchContent)
set(PP_SIMDJSON_VERSION "3.12.3" CACHE INTERNAL "simdjson version carried by the pinned pysimdjson sdist")
FetchContent_Declare(simdjson
  URL "https://files.pythonhosted.org/packages/9c/24/65e3cad88e74ef8ca59fefded953eb78ebface8a3199c3a97fe318a7387b/pysimdjson-7.0.2.tar.gz"
  URL_HASH SHA256=44cf276e48912a3b9c7ca362c14da8420a7ac15a9f1a16ec95becff86db3904a
  DOWNLOAD_EXTRACT_TIMESTAMP TRUE)
# Only the sources: the sdist's own setup.py is not ours to run.
FetchContent_GetProperties(simdjson)
if(NOT simdjson_POPULATED)
  FetchContent_Populate(simdjson)
endif()
set(PP_SIMDJSON_DIR "${simdjson_SOURCE_DIR}/simdjson")
if(NOT EXISTS "${PP_SIMDJSON_DIR}/simdjson.cpp" OR NOT EXISTS "${PP_SIMDJSON_DIR}/simdjson.h")
  message(FATAL_ERROR "simdjson: ${PP_SIMDJSON_DIR} has no simdjson.cpp/simdjson.h")
endif()
file(STRINGS "${PP_SIMDJSON_DIR}/simdjson.h" _pp_simdjson_version_line REGEX "^#define SIMDJSON_VERSION \"")
if(NOT _pp_simdjson_version_line MATCHES "\"${PP_SIMDJSON_VERSION}\"")
  message(FATAL_ERROR "simdjson: expected ${PP_SIMDJSON_VERSION}, found ${_pp_simdjson_version_line}")
endif()
message(STATUS "perspectief: simdjson ${PP_SIMDJSON_VERSION} from ${PP_SIMDJSON_DIR}")

# Adds the amalgamation to `target`'s own objects (so that they travel inside every
# archive and library made from them) and its header to the include path as a system
# header: the project's -Werror warnings are for the project's code.
function(pp_add_simdjson target)
  target_sources(${target} PRIVATE "${PP_SIMDJSON_DIR}/simdjson.cpp")
  set_source_files_properties("${PP_SIMDJSON_DIR}/simdjson.cpp" TARGET_DIRECTORY ${target}
    PROPERTIES COMPILE_OPTIONS "-w" SKIP_PRECOMPILE_HEADERS ON)
  target_include_directories(${target} SYSTEM PRIVATE "${PP_SIMDJSON_DIR}")
  # Exceptions off inside simdjson's API: the reader checks every error code itself.
  # PP_SIMDJSON_DEFINITIONS: what a toolchain needs besides (cmake/toolchains/zig.cmake).
  target_compile_definitions(${target} PRIVATE SIMDJSON_EXCEPTIONS=0 ${PP_SIMDJSON_DEFINITIONS})
endfunction()
