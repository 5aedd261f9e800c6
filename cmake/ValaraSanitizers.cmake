# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sanitizer builds: -DVALARA_SANITIZE=address,undefined (a comma-separated list of clang
# -fsanitize= names; empty, the default, builds without sanitizers). Needs clang and its runtime
# (Debian: clang and libclang-rt-dev). Every target of ours is compiled and linked with
# -fsanitize=<list> -fno-omit-frame-pointer; -fno-sanitize-recover=undefined makes an undefined
# behaviour report fatal, so that it fails the test that triggered it. Code can tell a sanitizer
# build by VALARA_SANITIZED (defined to 1), for example to scale down memory or time bounds.
# scripts/dev.sh sanitize configures such a build; tests/CMakeLists.txt gives each test the
# runtime options (VALARA_SANITIZER_ENVIRONMENT, set here).
set(VALARA_SANITIZE "" CACHE STRING
    "Sanitizers for every target, a comma-separated -fsanitize= list (clang only), e.g. address,undefined")

set(VALARA_SANITIZER_ENVIRONMENT "")
if(VALARA_SANITIZE STREQUAL "")
    return()
endif()

if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR
        "VALARA_SANITIZE=${VALARA_SANITIZE} needs clang, but the C++ compiler is "
        "${CMAKE_CXX_COMPILER_ID} (${CMAKE_CXX_COMPILER}). Configure a fresh build directory with "
        "-DCMAKE_CXX_COMPILER=clang++, or use ./scripts/dev.sh sanitize.")
endif()

# The sanitizers (and undefined-behaviour groups) clang 14 has on Linux x86-64.
set(_valara_known_sanitizers
    address leak undefined thread memory
    integer nullability implicit-conversion float-divide-by-zero local-bounds
    pointer-compare pointer-subtract)
string(REPLACE "," ";" _valara_sanitizers "${VALARA_SANITIZE}")
foreach(_name IN LISTS _valara_sanitizers)
    string(STRIP "${_name}" _name)
    if(NOT _name IN_LIST _valara_known_sanitizers)
        string(REPLACE ";" ", " _known "${_valara_known_sanitizers}")
        message(FATAL_ERROR
            "VALARA_SANITIZE: unknown sanitizer '${_name}' in '${VALARA_SANITIZE}'. "
            "Known: ${_known}.")
    endif()
endforeach()
string(REPLACE " " "" _valara_sanitize_list "${VALARA_SANITIZE}")
string(MAKE_C_IDENTIFIER "VALARA_SANITIZE_LINKS_${_valara_sanitize_list}" _valara_links_var)

set(_valara_sanitizer_flags
    -fsanitize=${_valara_sanitize_list} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)

# A known name can still fail: sanitizers that exclude each other, or no runtime installed.
include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_FLAGS "${_valara_sanitizer_flags}")
string(REPLACE ";" " " CMAKE_REQUIRED_FLAGS "${CMAKE_REQUIRED_FLAGS}")
set(CMAKE_REQUIRED_LINK_OPTIONS ${_valara_sanitizer_flags})
check_cxx_source_compiles("int main() { return 0; }" ${_valara_links_var})
unset(CMAKE_REQUIRED_FLAGS)
unset(CMAKE_REQUIRED_LINK_OPTIONS)
if(NOT ${_valara_links_var})
    message(FATAL_ERROR
        "VALARA_SANITIZE: ${CMAKE_CXX_COMPILER} cannot build and link with "
        "'${_valara_sanitizer_flags}' (sanitizers that cannot be combined, or their runtime is "
        "missing: Debian package libclang-rt-dev). See CMakeFiles/CMakeError.log.")
endif()

add_compile_options(${_valara_sanitizer_flags})
add_link_options(${_valara_sanitizer_flags})
add_compile_definitions(VALARA_SANITIZED=1)
message(STATUS "Sanitizers: ${_valara_sanitize_list}")

# Runtime options for the tests. Reports go to stderr with symbolized stacks; the first report
# ends the process with a failure status (abort_on_error=0: an exit code, not a core dump).
# Leak suppressions cover third-party libraries only (tests/sanitizers/lsan.supp says why each).
# use_tls=0: LeakSanitizer does not scan thread-local storage for pointers. Scanning it crashed
# the leak check at exit ("Tracer caught signal 11", a dynamic TLS range of 0x2fc-0x8000013fe)
# once a module with thread-local data was loaded with dlopen (valara-phonenumber: protobuf and
# abseil), here with clang 14 and glibc 2.36. Not scanning it can only report more leaks, never
# hide one; the one object held only there (GLib's per-thread data) is suppressed.
find_program(VALARA_LLVM_SYMBOLIZER NAMES llvm-symbolizer llvm-symbolizer-14
    DOC "llvm-symbolizer for sanitizer stack traces")
set(_valara_symbolizer "")
if(VALARA_LLVM_SYMBOLIZER)
    set(_valara_symbolizer ":external_symbolizer_path=${VALARA_LLVM_SYMBOLIZER}")
endif()
set(VALARA_SANITIZER_ENVIRONMENT
    "ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1${_valara_symbolizer}"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1${_valara_symbolizer}"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0:use_tls=0")
