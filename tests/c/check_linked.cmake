# Run as: cmake -DLDD=<ldd> -DBINARIES=<file;file...> -P check_linked.cmake
# Fails when any of the binaries loads OpenSSL (libcrypto or libssl), directly
# or through another library: perspectief hashes and signs with libsodium
# (src/crypto), and issue #15 promises that no binary of it needs OpenSSL.
# ldd rather than readelf -d, so that a dependency's own dependencies count too.
foreach(binary IN LISTS BINARIES)
  if(NOT EXISTS "${binary}")
    message(FATAL_ERROR "no such binary: ${binary}")
  endif()
  execute_process(COMMAND "${LDD}" "${binary}" OUTPUT_VARIABLE loaded RESULT_VARIABLE result ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "ldd failed on ${binary}: ${errors}")
  endif()
  if(loaded MATCHES "(libcrypto|libssl)[^ \n]*")
    message(FATAL_ERROR "${binary} loads OpenSSL (${CMAKE_MATCH_0}):\n${loaded}")
  endif()
  if(NOT loaded MATCHES "libsodium")
    message(FATAL_ERROR "${binary} does not load libsodium; is this the library that was built?\n${loaded}")
  endif()
  message(STATUS "${binary}: no OpenSSL")
endforeach()
