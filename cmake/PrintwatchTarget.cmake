# SPDX-License-Identifier: GPL-3.0-or-later
# Common compile settings for every Printwatch target.
function(printwatch_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(PRINTWATCH_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# Settings for a program a user runs (app, CLI, simulator, benchmarks): the target defaults, and
# jemalloc as the process's malloc when PRINTWATCH_JEMALLOC is on. Linked into the program, not
# into the libraries, so tests and sanitizer builds keep the system allocator.
function(printwatch_program target)
    printwatch_target_defaults(${target})
    if(TARGET PkgConfig::JEMALLOC)
        target_link_libraries(${target} PRIVATE PkgConfig::JEMALLOC)
    endif()
endfunction()

# printwatch_add_library(NAME SOURCES... LINK libs...)
function(printwatch_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINK" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LINK})
    printwatch_target_defaults(${name})
endfunction()

# printwatch_add_test(NAME SOURCES... LINK libs... [LABELS l...] [TIMEOUT s])
# One Qt Test executable per class; tests run offscreen and isolated from the user's files.
function(printwatch_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LINK;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LINK})
    target_compile_definitions(${name} PRIVATE
        PRINTWATCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        PRINTWATCH_BINARY_DIR="${PROJECT_BINARY_DIR}")
    printwatch_target_defaults(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;PRINTWATCH_SIM=$<TARGET_FILE:printwatch-sim>;PRINTWATCH_CLI=$<TARGET_FILE:printwatch-cli>")
endfunction()
