# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The layering rules of CONTRIBUTING.md, checked over the sources:
#   cmake -DROOT=<source tree> -P CheckArchitecture.cmake
# Fails, listing every breach, when
# - a file includes a header of a layer it may not use (app/ -> ui/ -> models/ -> api/, and
#   app/ -> sandbox/ for the demo; cli/ -> models/ -> api/; sandbox/ only itself), or ui/
#   includes QtNetwork or QJson headers;
# - a layer's top level holds more than 12 source files (the rest goes in feature folders);
# - a source file (tests and benchmarks included) has 400 lines or more, its licence header (the two
#   SPDX lines every file opens with, tests/architecture/CheckLicenseHeaders.cmake) not counted;
# - code of api/, models/, ui/, app/ or cli/ is outside namespace valara, or the sandbox's
#   outside valara::sandbox.
cmake_minimum_required(VERSION 3.22)
if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=<source tree> -P CheckArchitecture.cmake")
endif()

set(allowed_api "api")
set(allowed_models "api;models")
set(allowed_ui "api;models;ui")
set(allowed_app "api;models;ui;sandbox;app")
set(allowed_cli "api;models;cli")
set(allowed_sandbox "sandbox")
set(layers api models ui app cli sandbox)
set(max_top_level 12)
set(max_lines 400)

# The number of lines of a file (file(STRINGS) would split lines at semicolons), without its SPDX
# licence header.
function(count_lines path out)
    file(READ "${path}" content)
    string(REGEX REPLACE "^(// SPDX-[^\n]*\n)+" "" content "${content}")
    string(REGEX MATCHALL "\n" newlines "${content}")
    list(LENGTH newlines count)
    set(${out} ${count} PARENT_SCOPE)
endfunction()

set(breaches "")
foreach(layer IN LISTS layers)
    file(GLOB top RELATIVE "${ROOT}" "${ROOT}/${layer}/*.cpp" "${ROOT}/${layer}/*.h")
    list(LENGTH top count)
    if(count GREATER max_top_level)
        list(APPEND breaches "${layer}/ has ${count} source files at its top level (at most ${max_top_level})")
    endif()

    file(GLOB_RECURSE sources RELATIVE "${ROOT}" "${ROOT}/${layer}/*.cpp" "${ROOT}/${layer}/*.h")
    foreach(source IN LISTS sources)
        file(STRINGS "${ROOT}/${source}" lines)
        count_lines("${ROOT}/${source}" line_count)
        if(NOT line_count LESS max_lines)
            list(APPEND breaches "${source}: ${line_count} lines (split it below ${max_lines})")
        endif()
        foreach(line IN LISTS lines)
            if(line MATCHES "^#include \"([a-z]+)/")
                set(target_layer "${CMAKE_MATCH_1}")
                if(target_layer IN_LIST layers AND NOT target_layer IN_LIST allowed_${layer})
                    list(APPEND breaches "${source}: ${layer}/ may not include ${target_layer}/ (${line})")
                endif()
            elseif(layer STREQUAL "ui" AND line MATCHES "^#include <(QtNetwork/|QNetwork|QJson|QSslError)")
                list(APPEND breaches "${source}: ui/ never touches the network or JSON (${line})")
            elseif(line MATCHES "^#include \"[A-Za-z0-9_]+\\.h\"")
                list(APPEND breaches "${source}: include from the layer root (${line})")
            endif()
        endforeach()
        get_filename_component(name "${source}" NAME)
        if(NOT name STREQUAL "main.cpp")
            if(layer STREQUAL "sandbox")
                set(namespace "valara::sandbox")
            else()
                set(namespace "valara")
            endif()
            string(REPLACE ";" "\n" text "${lines}")
            string(FIND "${text}" "namespace ${namespace} {" found)
            if(found EQUAL -1)
                list(APPEND breaches "${source}: not in namespace ${namespace}")
            endif()
        endif()
    endforeach()
endforeach()

# Tests and benchmarks keep to the same size.
file(GLOB_RECURSE others RELATIVE "${ROOT}" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h"
    "${ROOT}/bench/*.cpp" "${ROOT}/bench/*.h")
foreach(source IN LISTS others)
    count_lines("${ROOT}/${source}" line_count)
    if(NOT line_count LESS max_lines)
        list(APPEND breaches "${source}: ${line_count} lines (split it below ${max_lines})")
    endif()
endforeach()

if(breaches)
    list(LENGTH breaches n)
    string(REPLACE ";" "\n  " text "${breaches}")
    message(FATAL_ERROR "${n} breach(es) of the layering rules (see CONTRIBUTING.md):\n  ${text}")
endif()
message(STATUS "Layers, folders, file sizes and namespaces as CONTRIBUTING.md says")
