# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# libphonenumber as the imported target PhoneNumber::PhoneNumber.
#
# Where libphonenumber installed its own CMake package (vcpkg, which builds it as a static library,
# Homebrew, builds from source), that package is used: its targets libphonenumber::phonenumber-shared
# or libphonenumber::phonenumber bring protobuf, abseil and ICU along. Debian 12 ships no such
# package, so otherwise the header and the shared library are looked for directly (the library
# carries its own dependencies).
find_package(libphonenumber CONFIG QUIET)

set(_phonenumber_target "")
if(libphonenumber_FOUND)
    foreach(_candidate IN ITEMS libphonenumber::phonenumber-shared libphonenumber::phonenumber)
        if(TARGET ${_candidate})
            set(_phonenumber_target ${_candidate})
            break()
        endif()
    endforeach()
endif()

include(FindPackageHandleStandardArgs)
if(_phonenumber_target)
    set(PhoneNumber_LIBRARY ${_phonenumber_target})
    find_package_handle_standard_args(PhoneNumber
        REQUIRED_VARS PhoneNumber_LIBRARY
        VERSION_VAR libphonenumber_VERSION)
    if(NOT TARGET PhoneNumber::PhoneNumber)
        add_library(PhoneNumber::PhoneNumber INTERFACE IMPORTED)
        set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
            INTERFACE_LINK_LIBRARIES ${_phonenumber_target})
    endif()
else()
    find_path(PhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
    find_library(PhoneNumber_LIBRARY phonenumber)
    find_package_handle_standard_args(PhoneNumber
        REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_INCLUDE_DIR)
    if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
        add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
        set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
            IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
            INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}")
    endif()
    mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY)
endif()
unset(_phonenumber_target)
unset(_candidate)
