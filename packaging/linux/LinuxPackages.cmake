# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Linux packages (included by packaging/CMakeLists.txt on Linux, before CPack):
# - the Debian copyright file and the change logs (written from the metainfo's releases);
# - manual pages for valara-desk, valara-cli and valara-sandbox, made from their --help and
#   --version at build time by help2man, with the sections help2man cannot know (man/*.h2m);
# - the CPack settings of the .deb (cpack -G DEB) and the .rpm (cpack -G RPM).
# scripts/check-packages.sh builds both, runs lintian and rpmlint, installs the .deb, runs it and
# removes it; .ci/run calls it.
include("${CMAKE_CURRENT_LIST_DIR}/Changelogs.cmake")

set(valara_linux_dir "${CMAKE_CURRENT_LIST_DIR}")
set(valara_package_build_dir "${CMAKE_CURRENT_BINARY_DIR}/linux")
file(MAKE_DIRECTORY "${valara_package_build_dir}/man")

# --- Copyright and change logs ------------------------------------------------------------------
valara_write_changelogs(
    METAINFO "${VALARA_METAINFO_FILE}"
    PACKAGE "${CPACK_PACKAGE_NAME}"
    MAINTAINER "${VALARA_PACKAGE_MAINTAINER}"
    RPM_RELEASE 1
    DEBIAN "${valara_package_build_dir}/changelog"
    RPM "${valara_package_build_dir}/rpm-changelog")

# Debian policy: the change log gzip-compressed at the highest level, without a time stamp or a
# name inside (gzip -n), so that two builds of the same sources give the same package.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
execute_process(
    COMMAND "${GZIP_EXECUTABLE}" -9 -n -c "${valara_package_build_dir}/changelog"
    OUTPUT_FILE "${valara_package_build_dir}/changelog.gz"
    RESULT_VARIABLE gzip_status)
if(NOT gzip_status EQUAL 0)
    message(FATAL_ERROR "gzip failed on the change log (${gzip_status})")
endif()
install(FILES "${valara_linux_dir}/copyright" "${valara_package_build_dir}/changelog.gz"
    DESTINATION "${VALARA_DOC_DIR}")

# --- Manual pages ---------------------------------------------------------------------------------
# Made by running the programs just built, so not when they cannot run here (cross builds) or when
# a sanitizer would report on them; VALARA_MAN_PAGES=OFF turns them off.
find_program(HELP2MAN_EXECUTABLE help2man)
set(valara_man_default OFF)
if(HELP2MAN_EXECUTABLE AND NOT CMAKE_CROSSCOMPILING AND NOT VALARA_SANITIZE)
    set(valara_man_default ON)
endif()
option(VALARA_MAN_PAGES "Generate the manual pages with help2man" ${valara_man_default})

if(VALARA_MAN_PAGES)
    if(NOT HELP2MAN_EXECUTABLE)
        message(FATAL_ERROR "VALARA_MAN_PAGES is ON but help2man was not found (Debian: help2man)")
    endif()
    set(valara_man_names
        "valara-desk=edit Valara user profiles and localization preferences"
        "valara-cli=read and change Valara profiles and preferences from the command line"
        "valara-sandbox=a local Valara and Me API server for the demo and the tests")
    set(valara_man_pages "")
    foreach(entry IN LISTS valara_man_names)
        string(REGEX MATCH "^[^=]+" tool "${entry}")
        string(REGEX REPLACE "^[^=]+=" "" summary "${entry}")
        set(page "${valara_package_build_dir}/man/${tool}.1")
        add_custom_command(
            OUTPUT "${page}.gz"
            # The C locale and no display: the pages are in English and the programs only print.
            COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
                    QT_QPA_PLATFORM=offscreen VALARA_PSEUDO_LOCALE=
                    "${HELP2MAN_EXECUTABLE}" --no-info --no-discard-stderr --section=1
                    "--name=${summary}" "--source=Valara Desk ${PROJECT_VERSION}"
                    "--manual=Valara Desk"
                    "--include=${valara_linux_dir}/man/${tool}.h2m"
                    "--include=${valara_linux_dir}/man/common.h2m"
                    "--output=${page}" "$<TARGET_FILE:${tool}>"
            COMMAND "${GZIP_EXECUTABLE}" -9 -n -f "${page}"
            DEPENDS ${tool} "${valara_linux_dir}/man/${tool}.h2m"
                    "${valara_linux_dir}/man/common.h2m"
            COMMENT "Writing the manual page of ${tool}"
            VERBATIM)
        list(APPEND valara_man_pages "${page}.gz")
    endforeach()
    add_custom_target(valara_man_pages ALL DEPENDS ${valara_man_pages})
    install(FILES ${valara_man_pages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endif()

# --- Debian package -------------------------------------------------------------------------------
# dpkg-shlibdeps finds the shared libraries (Qt, QtKeychain, libphonenumber, libstdc++...). What is
# loaded at run time without being linked is listed by hand: the platform plugins (xcb,
# offscreen...), the SQLite driver of the demo sandbox, the SVG icon engine and image plugin
# (libqt6svg6), libsecret (QtKeychain opens it to reach the Secret Service) and the time zones.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${VALARA_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, libsecret-1-0, tzdata")
# Wayland sessions, Qt's own strings in the user's language, a keychain to keep the API keys in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, qt6-translations-l10n, gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# --- RPM package ----------------------------------------------------------------------------------
# Requirements of the shared libraries are found by rpmbuild; the run-time plugins and libsecret
# are named as Fedora names them. An .rpm built on Debian links Debian's libraries: the one to
# install on Fedora is built there (the CI's Fedora job).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1) # as RPM_RELEASE above
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
# libsecret by the name of its library (rpmlint: no explicit dependency on a lib* package).
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg, libsecret-1.so.0()(64bit), tzdata")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${VALARA_PACKAGE_MAINTAINER}")
set(CPACK_RPM_CHANGELOG_FILE "${valara_package_build_dir}/rpm-changelog")
# Directories owned by the system's filesystem packages are not claimed by ours.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/doc
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps
    /usr/share/man
    /usr/share/man/man1
    /usr/share/metainfo)
