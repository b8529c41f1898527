# Run as: cmake -DBUILD_DIR=<build tree> -DWORK_DIR=<scratch> -DCONSUMER_DIR=<tests/c/consumer> -DLIBDIR=<lib>
#               -DC_COMPILER=<cc> -DPKG_CONFIG=<pkg-config> -P install_consumer.cmake
# Installs the library into a scratch prefix, then builds and runs a small C
# program against the installed tree three ways: find_package with the shared
# and the static target, and pkg-config. Nothing from the build tree leaks in.
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT result EQUAL 0)
    string(REPLACE ";" " " command "${ARGN}")
    message(FATAL_ERROR "failed (${result}): ${command}\n${output}")
  endif()
  message(STATUS "${output}")
endfunction()

foreach(component runtime development)
  run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" --component ${component})
endforeach()
foreach(installed include/perspectief/perspectief.h include/perspectief/perspectief_export.h
                  ${LIBDIR}/libperspectief.a ${LIBDIR}/cmake/perspectief/perspectiefConfig.cmake
                  ${LIBDIR}/cmake/perspectief/perspectiefConfigVersion.cmake ${LIBDIR}/pkgconfig/perspectief.pc)
  if(NOT EXISTS "${prefix}/${installed}")
    message(FATAL_ERROR "not installed: ${installed}")
  endif()
endforeach()
file(GLOB sonames "${prefix}/${LIBDIR}/libperspectief.so.*")
if(NOT sonames)
  message(FATAL_ERROR "libperspectief.so.* not installed")
endif()

# find_package(perspectief CONFIG): shared and static targets.
run("${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${WORK_DIR}/cmake-build" -G Ninja
    "-DCMAKE_C_COMPILER=${C_COMPILER}" "-DCMAKE_PREFIX_PATH=${prefix}" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
run("${CMAKE_COMMAND}" --build "${WORK_DIR}/cmake-build")
run("${WORK_DIR}/cmake-build/consumer_shared")
run("${WORK_DIR}/cmake-build/consumer_static")

# pkg-config: the shared library, then the static archive with Libs.private.
set(ENV{PKG_CONFIG_PATH} "${prefix}/${LIBDIR}/pkgconfig")
execute_process(COMMAND "${PKG_CONFIG}" --cflags --libs perspectief
  OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "pkg-config does not find perspectief in ${prefix}/lib/pkgconfig")
endif()
separate_arguments(flags UNIX_COMMAND "${flags}")
run("${C_COMPILER}" -std=c99 "${CONSUMER_DIR}/consumer.c" -o "${WORK_DIR}/consumer_pkgconfig" ${flags})
set(ENV{LD_LIBRARY_PATH} "${prefix}/${LIBDIR}")
run("${WORK_DIR}/consumer_pkgconfig")
unset(ENV{LD_LIBRARY_PATH})

execute_process(COMMAND "${PKG_CONFIG}" --cflags --static --libs perspectief
  OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE)
# -lperspectief would pick the .so; name the archive explicitly.
string(REPLACE "-lperspectief" "-l:libperspectief.a" flags "${flags}")
separate_arguments(flags UNIX_COMMAND "${flags}")
run("${C_COMPILER}" -std=c99 -DPP_STATIC_DEFINE "${CONSUMER_DIR}/consumer.c" -o "${WORK_DIR}/consumer_pkgconfig_static"
    ${flags})
run("${WORK_DIR}/consumer_pkgconfig_static")
message(STATUS "installed package works with find_package (shared, static) and pkg-config (shared, static)")
