# Other tools' files (issue 9 §6): tests/dialects/valid holds one valid file
# of every dialect and must lint clean, as a tree and file by file;
# tests/dialects/broken must give exactly tests/golden/dialects.txt.
execute_process(COMMAND ${AGENTLINT} -q tests/dialects/valid WORKING_DIRECTORY ${SRC}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
  message(FATAL_ERROR "the valid tree is not clean (exit ${rc}):\n${out}${err}")
endif()
file(GLOB_RECURSE valid RELATIVE ${SRC} ${SRC}/tests/dialects/valid/*)
foreach(f ${valid})
  execute_process(COMMAND ${AGENTLINT} -q ${f} WORKING_DIRECTORY ${SRC}
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "${f} alone is not clean (exit ${rc}):\n${out}${err}")
  endif()
endforeach()
execute_process(COMMAND ${AGENTLINT} -q tests/dialects/broken WORKING_DIRECTORY ${SRC}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "the broken tree exited ${rc}, not 1\n${err}")
endif()
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/dialects.actual.txt "${out}")
  execute_process(COMMAND diff -u ${EXPECTED} ${CMAKE_CURRENT_BINARY_DIR}/dialects.actual.txt)
  message(FATAL_ERROR "output differs from ${EXPECTED} (actual: ${CMAKE_CURRENT_BINARY_DIR}/dialects.actual.txt)")
endif()
message(STATUS "valid tree clean, broken tree as expected")
