# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The packages' change logs, written from the one list of releases: the AppStream metainfo's
# <releases> (each <release version date> with a <description> of <p> and <li> items).
#
#   valara_write_changelogs(METAINFO <file> PACKAGE <name> MAINTAINER "<name <email>>"
#                           RPM_RELEASE <n> DEBIAN <file> RPM <file>)
# writes DEBIAN in the Debian changelog format (lines under 80 columns) and RPM as the body of a
# spec file's %changelog, newest release first as in the metainfo.

# The day of the week (Mon...Sun) of a Gregorian date (Zeller's congruence).
function(_valara_weekday year month day out)
    if(month LESS 3)
        math(EXPR month "${month} + 12")
        math(EXPR year "${year} - 1")
    endif()
    math(EXPR k "${year} % 100")
    math(EXPR j "${year} / 100")
    math(EXPR h "(${day} + (13 * (${month} + 1)) / 5 + ${k} + ${k} / 4 + ${j} / 4 + 5 * ${j}) % 7")
    # h: 0 = Saturday, 1 = Sunday...
    set(names Sat Sun Mon Tue Wed Thu Fri)
    list(GET names ${h} name)
    set(${out} ${name} PARENT_SCOPE)
endfunction()

# TEXT wrapped at WIDTH columns: the first line starts with FIRST, the others with NEXT.
function(_valara_wrap text width first next out)
    string(REGEX REPLACE "[ \t\r\n]+" ";" words "${text}")
    set(result "")
    set(line "${first}")
    set(fresh TRUE)
    foreach(word IN LISTS words)
        if(word STREQUAL "")
            continue()
        endif()
        string(LENGTH "${line} ${word}" length)
        if(NOT fresh AND length GREATER width)
            string(APPEND result "${line}\n")
            set(line "${next}${word}")
        elseif(fresh)
            set(line "${line}${word}")
        else()
            set(line "${line} ${word}")
        endif()
        set(fresh FALSE)
    endforeach()
    string(APPEND result "${line}\n")
    set(${out} "${result}" PARENT_SCOPE)
endfunction()

# XML character references of the metainfo back to text.
function(_valara_unescape text out)
    string(REPLACE "&lt;" "<" text "${text}")
    string(REPLACE "&gt;" ">" text "${text}")
    string(REPLACE "&quot;" "\"" text "${text}")
    string(REPLACE "&apos;" "'" text "${text}")
    string(REPLACE "&amp;" "&" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(valara_write_changelogs)
    cmake_parse_arguments(ARG "" "METAINFO;PACKAGE;MAINTAINER;RPM_RELEASE;DEBIAN;RPM" "" ${ARGN})
    file(READ "${ARG_METAINFO}" content)
    string(REGEX MATCHALL "<release [^>]*>.*</release>" releases_block "${content}")
    # One list item per release (CMake lists split at ";": none may appear in the notes).
    string(REGEX REPLACE "</release>[ \t\r\n]*<release " "</release>;<release " releases
        "${releases_block}")
    if(NOT releases)
        message(FATAL_ERROR "${ARG_METAINFO} lists no <release>")
    endif()

    set(debian "")
    set(rpm "")
    foreach(release IN LISTS releases)
        if(NOT release MATCHES "version=\"([^\"]+)\"")
            message(FATAL_ERROR "${ARG_METAINFO}: a <release> without a version")
        endif()
        set(version "${CMAKE_MATCH_1}")
        if(NOT release MATCHES "date=\"([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])\"")
            message(FATAL_ERROR "${ARG_METAINFO}: release ${version} has no date=\"YYYY-MM-DD\"")
        endif()
        set(year "${CMAKE_MATCH_1}")
        set(month_number "${CMAKE_MATCH_2}")
        set(day "${CMAKE_MATCH_3}")
        math(EXPR month_index "${month_number} - 1")
        math(EXPR day_number "${day}")
        math(EXPR month_value "${month_number}")
        _valara_weekday(${year} ${month_value} ${day_number} weekday)
        set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
        list(GET months ${month_index} month)

        # The notes: each paragraph and each list item, in order.
        string(REGEX MATCHALL "<(p|li)>[^<]*</(p|li)>" items "${release}")
        if(NOT items)
            message(FATAL_ERROR "${ARG_METAINFO}: release ${version} has no description")
        endif()
        string(APPEND debian "${ARG_PACKAGE} (${version}) unstable; urgency=medium\n\n")
        string(APPEND rpm "* ${weekday} ${month} ${day} ${year} ${ARG_MAINTAINER} - ${version}-${ARG_RPM_RELEASE}\n")
        foreach(item IN LISTS items)
            string(REGEX REPLACE "^<(p|li)>([^<]*)</(p|li)>$" "\\2" text "${item}")
            _valara_unescape("${text}" text)
            _valara_wrap("${text}" 78 "  * " "    " wrapped)
            string(APPEND debian "${wrapped}")
            _valara_wrap("${text}" 78 "- " "  " wrapped)
            string(APPEND rpm "${wrapped}")
        endforeach()
        string(APPEND debian
            "\n -- ${ARG_MAINTAINER}  ${weekday}, ${day} ${month} ${year} 12:00:00 +0000\n\n")
        string(APPEND rpm "\n")
    endforeach()
    # Debian's last entry ends with one newline, not a blank line.
    string(REGEX REPLACE "\n\n$" "\n" debian "${debian}")
    string(REGEX REPLACE "\n\n$" "\n" rpm "${rpm}")
    file(WRITE "${ARG_DEBIAN}" "${debian}")
    file(WRITE "${ARG_RPM}" "${rpm}")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${ARG_METAINFO}")
endfunction()
