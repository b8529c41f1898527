# The core's C and C++ dependencies built from sources carried in the source tree, for the
# sdist: libsodium, SQLite and nlohmann/json under third_party/ (put there by
# scripts/release-bundle, which says where each comes from; third_party/README.md in the sdist).
#
# With them, a build from the sdist needs only CMake and a C and C++20 compiler (and the
# network for the pinned build requirements and simdjson, as every build). A git checkout has
# no third_party/ and takes the three from the system (scripts/setup installs them); either
# way may be chosen with -DPP_BUNDLED_DEPENDENCIES=ON|OFF.
#
# libsodium is compiled from its C sources alone, with its portable code: no assembly and no
# CPU-specific kernels (those need configure's or build.zig's probes per compiler and CPU).
# The core uses SHA-256 and Ed25519 (src/crypto), which have only portable implementations
# anyway. SQLite is compiled as scripts/release-deps compiles it for the release binaries.
#
# Defines, like the system path in src/CMakeLists.txt:
#   nlohmann_json::nlohmann_json   headers
#   pp_bundled_sodium              static, SODIUM_STATIC (its functions stay hidden)
#   pp_bundled_sqlite3             static
include_guard(GLOBAL)

# Only for the Python module, which is all the sdist builds: the C library's installed static
# archive and pkg-config file name the system's libsodium and SQLite (capi/CMakeLists.txt).
if(PP_BUILD_CAPI)
  message(FATAL_ERROR "PP_BUNDLED_DEPENDENCIES builds the Python module only; "
    "configure the C library with -DPP_BUNDLED_DEPENDENCIES=OFF and the system's libraries.")
endif()

set(PP_BUNDLED_DIR "${PROJECT_SOURCE_DIR}/third_party")
set(_pp_sodium_dir "${PP_BUNDLED_DIR}/libsodium")
set(_pp_sqlite_dir "${PP_BUNDLED_DIR}/sqlite")
set(_pp_json_dir "${PP_BUNDLED_DIR}/nlohmann_json")
foreach(_pp_required IN ITEMS
    "${_pp_sodium_dir}/src/libsodium/include/sodium.h"
    "${_pp_sodium_dir}/builds/msvc/version.h"
    "${_pp_sqlite_dir}/sqlite3.c"
    "${_pp_sqlite_dir}/sqlite3.h"
    "${_pp_json_dir}/include/nlohmann/json.hpp")
  if(NOT EXISTS "${_pp_required}")
    message(FATAL_ERROR "PP_BUNDLED_DEPENDENCIES is ON, but ${_pp_required} is missing: "
      "the bundled sources come with the sdist (scripts/release-bundle); "
      "a git checkout builds with -DPP_BUNDLED_DEPENDENCIES=OFF and the system's libraries.")
  endif()
endforeach()
enable_language(C)

# ---- nlohmann/json (headers only) ----
add_library(pp_bundled_nlohmann_json INTERFACE)
target_include_directories(pp_bundled_nlohmann_json SYSTEM INTERFACE
  "$<BUILD_INTERFACE:${_pp_json_dir}/include>")
add_library(nlohmann_json::nlohmann_json ALIAS pp_bundled_nlohmann_json)

# ---- SQLite ----
# Threadsafe (the store may be used from several threads); no extension loading, so that the
# library never calls dlopen.
add_library(pp_bundled_sqlite3 STATIC "${_pp_sqlite_dir}/sqlite3.c")
target_include_directories(pp_bundled_sqlite3 SYSTEM PUBLIC "${_pp_sqlite_dir}")
target_compile_definitions(pp_bundled_sqlite3 PRIVATE
  SQLITE_THREADSAFE=1 SQLITE_OMIT_LOAD_EXTENSION=1 SQLITE_DQS=0)
find_package(Threads REQUIRED)
target_link_libraries(pp_bundled_sqlite3 PRIVATE Threads::Threads ${CMAKE_DL_LIBS})

# ---- libsodium ----
file(GLOB_RECURSE _pp_sodium_sources CONFIGURE_DEPENDS "${_pp_sodium_dir}/src/libsodium/*.c")
add_library(pp_bundled_sodium STATIC ${_pp_sodium_sources})
# version.h is written by configure; the copy for MSVC is the one libsodium's build.zig uses.
target_include_directories(pp_bundled_sodium SYSTEM
  PUBLIC "${_pp_sodium_dir}/src/libsodium/include" "${_pp_sodium_dir}/builds/msvc"
  PRIVATE "${_pp_sodium_dir}/src/libsodium/include/sodium")
target_compile_definitions(pp_bundled_sodium
  PUBLIC SODIUM_STATIC=1
  PRIVATE CONFIGURED=1 HAVE_STDINT_H=1 HAVE_INTTYPES_H=1)
if(CMAKE_C_BYTE_ORDER STREQUAL "BIG_ENDIAN")
  target_compile_definitions(pp_bundled_sodium PRIVATE NATIVE_BIG_ENDIAN=1)
else()
  target_compile_definitions(pp_bundled_sodium PRIVATE NATIVE_LITTLE_ENDIAN=1)
endif()
# What the portable code uses of the system where it is there: random bytes from getrandom
# (Linux) or arc4random (macOS, BSDs; libsodium checks itself), guarded memory from mmap and
# mprotect, otherwise its fallbacks (/dev/urandom, malloc).
include(CheckIncludeFile)
include(CheckSymbolExists)
check_include_file(sys/random.h PP_HAVE_SYS_RANDOM_H)
check_include_file(sys/mman.h PP_HAVE_SYS_MMAN_H)
check_include_file(sys/param.h PP_HAVE_SYS_PARAM_H)
check_symbol_exists(getrandom "sys/random.h" PP_HAVE_GETRANDOM)
check_symbol_exists(mmap "sys/mman.h" PP_HAVE_MMAP)
check_symbol_exists(mprotect "sys/mman.h" PP_HAVE_MPROTECT)
check_symbol_exists(mlock "sys/mman.h" PP_HAVE_MLOCK)
check_symbol_exists(posix_memalign "stdlib.h" PP_HAVE_POSIX_MEMALIGN)
check_symbol_exists(sysconf "unistd.h" PP_HAVE_SYSCONF)
foreach(_pp_feature IN ITEMS SYS_RANDOM_H SYS_MMAN_H SYS_PARAM_H GETRANDOM MMAP MPROTECT MLOCK
    POSIX_MEMALIGN SYSCONF)
  if(PP_HAVE_${_pp_feature})
    target_compile_definitions(pp_bundled_sodium PRIVATE HAVE_${_pp_feature}=1)
  endif()
endforeach()
if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
  # libsodium's own flags (build.zig, configure): its code relies on wrapping arithmetic.
  target_compile_options(pp_bundled_sodium PRIVATE -w -fvisibility=hidden
    -fno-strict-aliasing -fno-strict-overflow -fwrapv)
endif()
set_target_properties(pp_bundled_sodium pp_bundled_sqlite3 PROPERTIES
  POSITION_INDEPENDENT_CODE ON C_VISIBILITY_PRESET hidden)

file(STRINGS "${_pp_sqlite_dir}/sqlite3.h" _pp_sqlite_version REGEX "^#define SQLITE_VERSION ")
file(STRINGS "${_pp_sodium_dir}/builds/msvc/version.h" _pp_sodium_version REGEX "SODIUM_VERSION_STRING")
string(REGEX MATCH "[0-9.]+" _pp_sqlite_version "${_pp_sqlite_version}")
string(REGEX MATCH "[0-9.]+" _pp_sodium_version "${_pp_sodium_version}")
message(STATUS "perspectief: libsodium ${_pp_sodium_version}, SQLite ${_pp_sqlite_version} "
  "and nlohmann/json from ${PP_BUNDLED_DIR}")
