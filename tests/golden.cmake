# Runs `agentlint specs/*.md` from the source folder and compares its exact
# standard output with the reviewed file tests/golden/specs.txt.
file(GLOB specs RELATIVE ${SRC} ${SRC}/specs/*.md)
list(SORT specs)
execute_process(COMMAND ${AGENTLINT} ${specs} WORKING_DIRECTORY ${SRC}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc MATCHES "^[01]$")
  message(FATAL_ERROR "agentlint exited with ${rc}\n${err}")
endif()
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/specs.actual.txt "${out}")
  execute_process(COMMAND diff -u ${EXPECTED} ${CMAKE_CURRENT_BINARY_DIR}/specs.actual.txt)
  message(FATAL_ERROR "output differs from ${EXPECTED} (actual: ${CMAKE_CURRENT_BINARY_DIR}/specs.actual.txt)")
endif()
message(STATUS "golden output matches (${rc})")
