# Cross-compiling with Zig's clang (`zig cc` / `zig c++`), one file for every target of
# scripts/release natives (docs/release.md). Zig brings the C library of each target
# (glibc stubs of a chosen version, mingw-w64 with the UCRT, macOS libSystem stubs) and
# links its own libc++ statically, so no sysroot is needed.
#
# Set on the command line (they reach try_compile too):
#   PP_ZIG_TARGET  the zig target, e.g. x86_64-linux-gnu.2.17, x86_64-windows-gnu, aarch64-macos.11.0
#   PP_ZIG_TOOLS   the folder with the wrappers zig-cc, zig-c++, zig-ar, zig-ranlib
#                  (scripts/release-natives writes them: CMake needs one program per tool)
set(CMAKE_TRY_COMPILE_PLATFORM_VARIABLES PP_ZIG_TARGET PP_ZIG_TOOLS)
if(NOT PP_ZIG_TARGET OR NOT PP_ZIG_TOOLS)
  message(FATAL_ERROR "cmake/toolchains/zig.cmake needs -DPP_ZIG_TARGET=<zig target> and -DPP_ZIG_TOOLS=<wrapper folder>")
endif()

string(REGEX MATCH "^([a-z0-9_]+)-([a-z]+)" _pp_zig_match "${PP_ZIG_TARGET}")
set(_pp_zig_arch "${CMAKE_MATCH_1}")
set(_pp_zig_os "${CMAKE_MATCH_2}")
if(_pp_zig_os STREQUAL "linux")
  set(CMAKE_SYSTEM_NAME Linux)
elseif(_pp_zig_os STREQUAL "windows")
  set(CMAKE_SYSTEM_NAME Windows)
elseif(_pp_zig_os STREQUAL "macos")
  set(CMAKE_SYSTEM_NAME Darwin)
  # The minimum macOS is the target's version suffix (x86_64-macos.11.0), which zig writes
  # into LC_BUILD_VERSION; CMake must not add an -isysroot or a second -mmacosx-version-min.
  set(CMAKE_OSX_SYSROOT "" CACHE PATH "" FORCE)
  set(CMAKE_OSX_DEPLOYMENT_TARGET "" CACHE STRING "" FORCE)
else()
  message(FATAL_ERROR "cmake/toolchains/zig.cmake: unknown operating system in '${PP_ZIG_TARGET}'")
endif()
set(CMAKE_SYSTEM_PROCESSOR "${_pp_zig_arch}")
# Zig compiles for the target's baseline CPU and names every feature it leaves out, evex512
# among them; clang 20 then refuses simdjson's AVX-512 kernel ("icelake"), whose target
# attribute does not name evex512. So x86_64 release builds leave that kernel out
# (cmake/Simdjson.cmake): on AVX-512 machines simdjson picks its AVX2 kernel ("haswell").
if(_pp_zig_arch STREQUAL "x86_64")
  set(PP_SIMDJSON_DEFINITIONS SIMDJSON_AVX512_ALLOWED=0)
endif()

set(CMAKE_C_COMPILER "${PP_ZIG_TOOLS}/zig-cc")
set(CMAKE_CXX_COMPILER "${PP_ZIG_TOOLS}/zig-c++")
set(CMAKE_AR "${PP_ZIG_TOOLS}/zig-ar" CACHE FILEPATH "" FORCE)
set(CMAKE_RANLIB "${PP_ZIG_TOOLS}/zig-ranlib" CACHE FILEPATH "" FORCE)
set(CMAKE_C_FLAGS_INIT "-target ${PP_ZIG_TARGET}")
set(CMAKE_CXX_FLAGS_INIT "-target ${PP_ZIG_TARGET}")
set(CMAKE_ASM_FLAGS_INIT "-target ${PP_ZIG_TARGET}")

# Libraries and headers of the target come from the dependency prefix (CMAKE_PREFIX_PATH,
# given by scripts/release-natives); host programs (SWIG, Python) from the host.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)

set(CMAKE_USER_MAKE_RULES_OVERRIDE "${CMAKE_CURRENT_LIST_DIR}/zig-rules.cmake")
