# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# What the Windows and macOS packages share in deploying Qt (included by windows/Windows.cmake and
# macos/MacOS.cmake).

# valara_find_qt_deploy_tool(<windeployqt|macdeployqt> <variable>): the tool of the Qt in use, as
# an imported target's file when Qt provides one, else found beside qmake. Fails when it is missing.
function(valara_find_qt_deploy_tool tool variable)
    if(TARGET Qt6::${tool})
        set(${variable} "$<TARGET_FILE:Qt6::${tool}>" PARENT_SCOPE)
        return()
    endif()
    get_target_property(qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(qt_bin "${qmake}" DIRECTORY)
    string(TOUPPER "VALARA_${tool}" cache_variable)
    find_program(${cache_variable} ${tool} HINTS "${qt_bin}" REQUIRED)
    set(${variable} "${${cache_variable}}" PARENT_SCOPE)
endfunction()

# valara_install_qt_translations(<destination>): Qt's own strings (standard buttons, dialogs,
# command line errors) in the app's languages. The programs load qtbase_<language>.qm from Qt's
# translations directory, and the deployment tools copy none of them (or only Qt's merged
# qt_<language>.qm catalogues).
function(valara_install_qt_translations destination)
    foreach(language IN LISTS VALARA_TRANSLATION_LANGUAGES)
        set(qm "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_${language}.qm")
        if(EXISTS "${qm}")
            install(FILES "${qm}" DESTINATION "${destination}")
        else()
            message(STATUS "${qm} not found: Qt's own strings stay in English in ${language}")
        endif()
    endforeach()
endfunction()
