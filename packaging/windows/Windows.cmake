# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: what the installed programs need beside them, and the installers. Included from
# packaging/CMakeLists.txt before include(CPack).
#
#   cpack -G WIX     valara-desk-<version>-win64.msi: per machine, in Program Files\Valara Desk,
#                    a "Valara Desk" Start menu entry; a newer version replaces an older one
#   cpack -G NSIS    valara-desk-<version>-win64.exe: the same as a setup program
#   cpack -G ZIP     the same files, to unpack anywhere
#
# How to build them, and what CI does: docs/installers.md.

# --- The runtime, installed beside the executables (bin/) -------------------------------------
# The Microsoft C++ runtime DLLs, application-local (no separate redistributable to install).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# Qt's libraries, plugins (platform, styles, SQLite driver, SVG icons, TLS) and translations.
# valara-desk links every Qt module the three programs use, so deploying it covers them all.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    # Qt's deployment script runs windeployqt and writes qt.conf.
    qt_generate_deploy_app_script(
        TARGET valara-desk
        OUTPUT_SCRIPT valara_deploy_script
        NO_COMPILER_RUNTIME
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${valara_deploy_script}")
else()
    # Qt 6.4: windeployqt directly, found with Qt's tools.
    valara_find_qt_deploy_tool(windeployqt valara_windeployqt)
    install(CODE "
        execute_process(
            COMMAND \"${valara_windeployqt}\" --no-compiler-runtime
                    \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/valara-desk.exe\"
            COMMAND_ERROR_IS_FATAL ANY)")
endif()

# Qt's own strings in the app's languages, in Qt's translations directory.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    valara_install_qt_translations("translations") # qt.conf's prefix is the installation's root
else()
    valara_install_qt_translations("${CMAKE_INSTALL_BINDIR}/translations")
endif()

# The other DLLs (QtKeychain, libphonenumber, protobuf, abseil, ICU, OpenSSL, SQLite, zlib...):
# windeployqt copies only Qt's. InstallRuntimeDlls.cmake copies whatever the installed programs
# and plugins still need, from Qt's directory, vcpkg's and VALARA_RUNTIME_DLL_DIRS.
set(VALARA_RUNTIME_DLL_DIRS "" CACHE STRING
    "More directories holding DLLs the installed programs need (a list)")
set(valara_dll_dirs "$<TARGET_FILE_DIR:Qt6::Core>" ${VALARA_RUNTIME_DLL_DIRS})
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND valara_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
install(CODE "
    set(VALARA_BINDIR \"${CMAKE_INSTALL_BINDIR}\")
    set(VALARA_DLL_DIRS \"${valara_dll_dirs}\")
    include(\"${CMAKE_CURRENT_LIST_DIR}/InstallRuntimeDlls.cmake\")")

# The licence, beside the programs (the installers also show it before installing).
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt" COPYONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt" DESTINATION .)

# --- CPack: MSI (WiX), NSIS, ZIP ---------------------------------------------------------------
set(CPACK_GENERATOR "WIX")
# WiX and NSIS show a licence from a .txt or .rtf file only.
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${VALARA_APP_NAME}")
# The Start menu entry: valara-desk.exe, named "Valara Desk" (its icon is the executable's).
set(CPACK_PACKAGE_EXECUTABLES "valara-desk" "${VALARA_APP_NAME}")

# WiX. The upgrade code stays the same for every version, for ever: it is how Windows Installer
# knows that a newer MSI replaces an installed older one (a major upgrade).
set(VALARA_WIX_VERSION 4 CACHE STRING
    "WiX Toolset of the MSI: 4 for the wix .NET tool, version 4 or later (CMake 3.30 or later), 3 for WiX 3")
set(CPACK_WIX_VERSION ${VALARA_WIX_VERSION})
set(CPACK_WIX_UPGRADE_GUID "3B12075E-E726-452C-8DEB-0296B6AC908D")
set(CPACK_WIX_INSTALL_SCOPE perMachine)
set(CPACK_WIX_ARCHITECTURE x64)
set(CPACK_WIX_PRODUCT_ICON "${VALARA_WINDOWS_ICON}")
# "." puts the shortcut straight into the Start menu, without a folder of its own.
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
set(CPACK_WIX_ROOT_FEATURE_TITLE "${VALARA_APP_NAME}")
set(CPACK_WIX_ROOT_FEATURE_DESCRIPTION "${PROJECT_DESCRIPTION}")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")

# NSIS.
set(CPACK_NSIS_PACKAGE_NAME "${VALARA_APP_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${VALARA_APP_NAME}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${VALARA_WINDOWS_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${VALARA_WINDOWS_ICON}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\valara-desk.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "valara-desk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${VALARA_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
