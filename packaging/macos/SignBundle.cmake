# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Signs an application bundle from the inside out, after macdeployqt has changed its binaries:
# the libraries and plugins, the frameworks, the other programs in Contents/MacOS, then the bundle.
#   cmake -DBUNDLE=<path to the .app> -DIDENTITY=<codesign identity> -P SignBundle.cmake
# (packaging/macos/MacOS.cmake runs it at install time, so cpack signs before it makes the .dmg).
# IDENTITY "-" signs ad hoc: enough for the binaries to run on Apple silicon, not for Gatekeeper.
# Any other identity (a "Developer ID Application: ..." certificate in a keychain) signs for
# distribution, with the hardened runtime and a secure timestamp, as notarisation requires.
cmake_minimum_required(VERSION 3.22)
if(NOT BUNDLE OR NOT IS_DIRECTORY "${BUNDLE}")
    message(FATAL_ERROR "SignBundle.cmake: BUNDLE (${BUNDLE}) is not a directory")
endif()
if(NOT IDENTITY)
    set(IDENTITY "-")
endif()

if(IDENTITY STREQUAL "-")
    # No hardened runtime ad hoc: its library validation would refuse the bundle's own libraries,
    # which carry no team identifier.
    set(options --force --sign -)
else()
    set(options --force --sign "${IDENTITY}" --options runtime --timestamp)
endif()

function(valara_sign path)
    execute_process(COMMAND codesign ${options} "${path}"
        RESULT_VARIABLE result ERROR_VARIABLE error)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "codesign failed on ${path}: ${error}")
    endif()
endfunction()

message(STATUS "Signing ${BUNDLE} (identity: ${IDENTITY})")
file(GLOB_RECURSE libraries LIST_DIRECTORIES false
    "${BUNDLE}/Contents/Frameworks/*.dylib" "${BUNDLE}/Contents/PlugIns/*.dylib")
foreach(library IN LISTS libraries)
    if(NOT IS_SYMLINK "${library}")
        valara_sign("${library}")
    endif()
endforeach()

file(GLOB frameworks LIST_DIRECTORIES true "${BUNDLE}/Contents/Frameworks/*.framework")
foreach(framework IN LISTS frameworks)
    valara_sign("${framework}")
endforeach()

# The command line programs beside the application's own executable.
get_filename_component(bundle_name "${BUNDLE}" NAME_WE)
file(GLOB programs LIST_DIRECTORIES false "${BUNDLE}/Contents/MacOS/*")
foreach(program IN LISTS programs)
    get_filename_component(name "${program}" NAME)
    if(NOT name STREQUAL bundle_name)
        valara_sign("${program}")
    endif()
endforeach()

valara_sign("${BUNDLE}")

execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${BUNDLE}"
    RESULT_VARIABLE result ERROR_VARIABLE error)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the signature of ${BUNDLE} does not verify: ${error}")
endif()
message(STATUS "Signed ${BUNDLE}")
