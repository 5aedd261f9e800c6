# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The libFuzzer smoke test over the API answer decoders (fuzz_response_decoder_smoke). libFuzzer
# needs clang++ and its runtime (Debian: clang and libclang-rt-dev), while the main build may use
# g++, so tests/fuzz is built as a separate project with clang++. Without a working clang++
# fuzzer toolchain the test is skipped and nothing else changes. -DCLANGXX=/path/to/clang++
# chooses the compiler; -DCLANGXX=OFF turns the test off.
include(ExternalProject)

find_program(CLANGXX NAMES clang++ DOC "clang++ that builds the libFuzzer smoke test")

set(_fuzz_skip "")
if(CLANGXX MATCHES "-NOTFOUND$")
    set(_fuzz_skip "clang++ not found")
elseif(NOT CLANGXX)
    set(_fuzz_skip "turned off (CLANGXX=${CLANGXX})")
elseif(NOT EXISTS "${CLANGXX}")
    set(_fuzz_skip "${CLANGXX} not found")
elseif(NOT VALARA_FUZZ_WORKS OR NOT "${VALARA_FUZZ_PROBED_WITH}" STREQUAL "${CLANGXX}")
    # Can this clang++ build and link a C++20 libFuzzer target? A success is remembered.
    set(_probe_dir "${CMAKE_CURRENT_BINARY_DIR}/fuzz-probe")
    file(WRITE "${_probe_dir}/probe.cpp"
        "#include <cstddef>\n#include <cstdint>\n"
        "extern \"C\" int LLVMFuzzerTestOneInput(const std::uint8_t *, std::size_t) { return 0; }\n")
    execute_process(
        COMMAND "${CLANGXX}" -std=c++20 -fsanitize=fuzzer,address,undefined
                "${_probe_dir}/probe.cpp" -o "${_probe_dir}/probe"
        RESULT_VARIABLE _probe_result
        OUTPUT_QUIET ERROR_QUIET)
    if(_probe_result EQUAL 0)
        set(VALARA_FUZZ_WORKS ON CACHE INTERNAL "clang++ links -fsanitize=fuzzer")
    else()
        set(VALARA_FUZZ_WORKS OFF CACHE INTERNAL "clang++ links -fsanitize=fuzzer")
    endif()
    set(VALARA_FUZZ_PROBED_WITH "${CLANGXX}" CACHE INTERNAL "clang++ the fuzzer probe used")
endif()
if(NOT _fuzz_skip AND NOT VALARA_FUZZ_WORKS)
    set(_fuzz_skip "${CLANGXX} cannot link -fsanitize=fuzzer (install libclang-rt-dev)")
endif()

if(_fuzz_skip)
    message(STATUS "Fuzz smoke test skipped: ${_fuzz_skip}")
    return()
endif()
message(STATUS "Fuzz smoke test: building tests/fuzz with ${CLANGXX}")

set(_fuzz_binary_dir "${CMAKE_CURRENT_BINARY_DIR}/fuzz")
set(_fuzzer "${_fuzz_binary_dir}/fuzz_response_decoder")
set(_fuzz_cache_args
    "-DCMAKE_CXX_COMPILER:FILEPATH=${CLANGXX}"
    "-DCMAKE_BUILD_TYPE:STRING=RelWithDebInfo"
    "-DCMAKE_PREFIX_PATH:STRING=${CMAKE_PREFIX_PATH}"
    "-DQt6_DIR:PATH=${Qt6_DIR}"
    "-DVALARA_SOURCE_DIR:PATH=${PROJECT_SOURCE_DIR}")
if(CMAKE_CXX_COMPILER_LAUNCHER)
    list(APPEND _fuzz_cache_args
        "-DCMAKE_CXX_COMPILER_LAUNCHER:STRING=${CMAKE_CXX_COMPILER_LAUNCHER}")
endif()
# BUILD_ALWAYS: the inner build tracks its own sources (api/ included), so an unchanged tree
# costs one no-op build step.
ExternalProject_Add(valara_fuzz
    SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}"
    BINARY_DIR "${_fuzz_binary_dir}"
    CMAKE_CACHE_ARGS ${_fuzz_cache_args}
    BUILD_ALWAYS TRUE
    BUILD_BYPRODUCTS "${_fuzzer}"
    INSTALL_COMMAND "")
valara_test_build(fuzz valara_fuzz)

# A bounded run from the committed seeds: fails on a crash, a sanitizer report or a broken
# invariant. New inputs go to a scratch corpus in the build tree, never to the seeds.
add_test(NAME fuzz_response_decoder_smoke
    COMMAND "${CMAKE_COMMAND}"
            "-DFUZZER=${_fuzzer}"
            "-DSEEDS=${CMAKE_CURRENT_LIST_DIR}/corpus"
            "-DDICT=${CMAKE_CURRENT_LIST_DIR}/decoder.dict"
            "-DWORK_DIR=${_fuzz_binary_dir}/smoke"
            -P "${CMAKE_CURRENT_LIST_DIR}/RunFuzzSmoke.cmake")
set_tests_properties(fuzz_response_decoder_smoke PROPERTIES
    TIMEOUT 90
    LABELS fuzz)
