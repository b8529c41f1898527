# Read after CMake's compiler modules (CMAKE_USER_MAKE_RULES_OVERRIDE, set by zig.cmake).
# CMake passes LINKER: options to clang as `-Xlinker <option>`; zig's driver does not take
# `--version-script=<file>` that way but does as `-Wl,--version-script=<file>`.
foreach(lang C CXX)
  set(CMAKE_${lang}_LINKER_WRAPPER_FLAG "-Wl,")
  set(CMAKE_${lang}_LINKER_WRAPPER_FLAG_SEP ",")
endforeach()
