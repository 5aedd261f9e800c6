# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DMETAINFO=file.metainfo.xml -DVERSION=x.y.z -P CheckMetainfoRelease.cmake
# Fails unless the metainfo's <releases> has an entry for VERSION.
if(NOT METAINFO OR NOT VERSION)
    message(FATAL_ERROR "usage: cmake -DMETAINFO=<file> -DVERSION=<version> -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
file(READ "${METAINFO}" content)
string(REPLACE "." "\\." version_regex "${VERSION}")
if(NOT content MATCHES "<release[^>]* version=\"${version_regex}\"")
    message(FATAL_ERROR
        "${METAINFO} has no <release version=\"${VERSION}\">: add one for the project's version")
endif()
message(STATUS "${METAINFO} lists release ${VERSION}")
