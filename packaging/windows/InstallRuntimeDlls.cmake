# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs at install time on Windows (packaging/windows/Windows.cmake), after windeployqt: copies into
# <prefix>/<VALARA_BINDIR> every DLL that the installed executables and the DLLs beside or below
# them (Qt's plugins included) need and that is not there yet, taken from VALARA_DLL_DIRS.
# Windows' own DLLs are left out. A DLL that cannot be found fails the installation, so that no
# installer is made without it.
set(prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(bindir "${prefix}/${VALARA_BINDIR}")

file(GLOB executables "${bindir}/*.exe")
file(GLOB_RECURSE libraries "${prefix}/*.dll")

file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${executables}
    LIBRARIES ${libraries}
    # The installed copies first, so that what windeployqt placed is not copied again.
    DIRECTORIES "${bindir}" ${VALARA_DLL_DIRS}
    # The API sets are Windows' own and resolve to no file.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    CONFLICTING_DEPENDENCIES_PREFIX conflicting)

foreach(name IN LISTS conflicting_FILENAMES)
    message(WARNING "${name} was found in more than one place: ${conflicting_${name}}")
endforeach()
if(unresolved)
    string(REPLACE ";" ", " unresolved "${unresolved}")
    message(FATAL_ERROR "DLLs needed but found in none of ${VALARA_DLL_DIRS}: ${unresolved}"
        " (add their directory to VALARA_RUNTIME_DLL_DIRS)")
endif()

foreach(dll IN LISTS resolved)
    cmake_path(IS_PREFIX prefix "${dll}" NORMALIZE already_installed)
    if(NOT already_installed)
        file(INSTALL "${dll}" DESTINATION "${bindir}")
    endif()
endforeach()
