# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DROOT=<source dir> -DLUPDATE=<lupdate> -DMODE=update|check [-DWORKDIR=<dir>] -P this file
#
# update: refreshes translations/valara_*.ts from the sources (lupdate, obsolete entries dropped).
# check:  runs the same lupdate on copies in WORKDIR and fails when a copy then holds an unfinished,
#         vanished or obsolete entry: a source string missing from a .ts, a .ts string no longer in
#         the sources, or a translation not finished. The .ts files themselves are not touched.
#
# Every user-visible string lives in app/, ui/, models/, api/ or cli/; sandbox/ plays the server
# and speaks English only, as the service does.
set(languages de es fr)
set(source_dirs app ui models api cli)

if(NOT ROOT OR NOT LUPDATE OR NOT MODE)
    message(FATAL_ERROR "usage: cmake -DROOT=... -DLUPDATE=... -DMODE=update|check -P ${CMAKE_CURRENT_LIST_FILE}")
endif()

function(run_lupdate ts_file extra_options)
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations relative ${extra_options}
                -I "${ROOT}" ${source_dirs} -ts "${ts_file}"
        WORKING_DIRECTORY "${ROOT}"
        RESULT_VARIABLE status
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${ts_file}:\n${output}")
    endif()
endfunction()

set(problems 0)
foreach(language IN LISTS languages ITEMS en)
    set(original "${ROOT}/translations/valara_${language}.ts")
    set(options)
    if(language STREQUAL "en")
        # English needs only its plural forms.
        list(APPEND options -pluralonly)
    endif()
    if(MODE STREQUAL "update")
        run_lupdate("${original}" "${options};-no-obsolete")
        message(STATUS "updated ${original}")
        continue()
    endif()

    if(NOT WORKDIR)
        message(FATAL_ERROR "check mode needs -DWORKDIR")
    endif()
    file(MAKE_DIRECTORY "${WORKDIR}")
    set(copy "${WORKDIR}/valara_${language}.ts")
    file(COPY_FILE "${original}" "${copy}")
    run_lupdate("${copy}" "${options}")
    file(READ "${copy}" content)
    foreach(kind unfinished vanished obsolete)
        # Each <message> of that kind, with its source text, for the report.
        string(REGEX MATCHALL "<source>[^<]*</source>(<comment>[^<]*</comment>)?[^<]*(<extracomment>[^<]*</extracomment>)?[^<]*<translation type=\"${kind}\""
               matches "${content}")
        string(REGEX MATCHALL "<translation type=\"${kind}\"" all "${content}")
        list(LENGTH all count)
        if(count GREATER 0)
            math(EXPR problems "${problems} + ${count}")
            message("valara_${language}.ts: ${count} ${kind} entries")
            set(shown 0)
            foreach(match IN LISTS matches)
                if(shown LESS 15)
                    string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" text "${match}")
                    message("    ${kind}: ${text}")
                    math(EXPR shown "${shown} + 1")
                endif()
            endforeach()
        endif()
    endforeach()
endforeach()

if(MODE STREQUAL "check")
    if(problems GREATER 0)
        message(FATAL_ERROR "${problems} translation entries need work: run "
                            "'cmake --build build --target update_translations' and finish them "
                            "(translations/README.md).")
    endif()
    message(STATUS "every translation is complete and matches the sources")
endif()
