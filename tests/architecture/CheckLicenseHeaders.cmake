# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source, build and script file opens with its licence in SPDX form (LICENSE, README
# "Licence"), after a "#!" line where there is one:
#   // SPDX-FileCopyrightText: 2026 Valara Desk contributors   (or # ... in CMake, shell, Python)
#   // SPDX-License-Identifier: GPL-3.0-or-later
#   cmake -DROOT=<source tree> -P CheckLicenseHeaders.cmake
# Fails, listing every file without it. Data files that cannot hold a comment (JSON, .ts, images,
# fuzz corpus) are covered by REUSE.toml instead.
cmake_minimum_required(VERSION 3.22)
if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=<source tree> -P CheckLicenseHeaders.cmake")
endif()

set(patterns "*.cpp" "*.h" "*.cmake" "CMakeLists.txt" "*.sh" "*.py" "*.in" "*.rc" "*.plist")
set(dirs api models ui app cli sandbox translations resources packaging cmake scripts tests bench
    .ci .github)
set(files "${ROOT}/CMakeLists.txt" "${ROOT}/.ci/run")
foreach(dir IN LISTS dirs)
    foreach(pattern IN LISTS patterns)
        file(GLOB_RECURSE found "${ROOT}/${dir}/${pattern}")
        list(APPEND files ${found})
    endforeach()
endforeach()
list(REMOVE_DUPLICATES files)

set(missing "")
foreach(path IN LISTS files)
    file(STRINGS "${path}" head LIMIT_COUNT 4)
    string(REPLACE ";" "\n" head "${head}")
    if(NOT head MATCHES "SPDX-FileCopyrightText: [0-9]+ Valara Desk contributors"
       OR NOT head MATCHES "SPDX-License-Identifier: GPL-3\\.0-or-later")
        file(RELATIVE_PATH relative "${ROOT}" "${path}")
        list(APPEND missing "${relative}")
    endif()
endforeach()

list(LENGTH files checked)
if(missing)
    list(LENGTH missing n)
    list(SORT missing)
    string(REPLACE ";" "\n  " text "${missing}")
    message(FATAL_ERROR "${n} of ${checked} files have no SPDX licence header:\n  ${text}")
endif()
message(STATUS "${checked} files carry their SPDX licence header")
