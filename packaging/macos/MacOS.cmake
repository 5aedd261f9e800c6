# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: a self-contained valara-desk.app and its disk image. Included from
# packaging/CMakeLists.txt before include(CPack); app/CMakeLists.txt makes valara-desk a bundle
# (Info.plist from Info.plist.in, the .icns icon).
#
#   cpack -G DragNDrop    valara-desk-<version>-macos-<arch>.dmg: valara-desk.app and a link to
#                         /Applications to drag it onto
#
# The bundle holds everything: Qt's frameworks and plugins and the other libraries (Contents/
# Frameworks, Contents/PlugIns), and valara-cli and valara-sandbox beside the application's own
# executable in Contents/MacOS (VALARA_TOOLS_INSTALL_DIR), where they find the same libraries:
#   "/Applications/valara-desk.app/Contents/MacOS/valara-cli" --help
# How to build it, sign it and notarise it, and what CI does: docs/installers.md.

# The bundle is named after the valara-desk target.
set(valara_bundle "valara-desk.app")

# --- Qt and the other libraries, inside the bundle (macdeployqt) --------------------------------
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    # Qt's deployment script runs macdeployqt over the bundle, and over the two command line
    # programs inside it so that they use the bundle's libraries too.
    qt_generate_deploy_script(
        TARGET valara-desk
        OUTPUT_SCRIPT valara_deploy_script
        CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${valara_bundle}\"
    ADDITIONAL_EXECUTABLES
        \"${VALARA_TOOLS_INSTALL_DIR}/$<TARGET_FILE_NAME:valara-cli>\"
        \"${VALARA_TOOLS_INSTALL_DIR}/$<TARGET_FILE_NAME:valara-sandbox>\"
    NO_APP_STORE_COMPLIANCE)
")
    install(SCRIPT "${valara_deploy_script}")
else()
    # Qt 6.4: macdeployqt directly, found with Qt's tools.
    valara_find_qt_deploy_tool(macdeployqt valara_macdeployqt)
    install(CODE "
        execute_process(
            COMMAND \"${valara_macdeployqt}\" \"${valara_bundle}\" -always-overwrite
                    \"-executable=${VALARA_TOOLS_INSTALL_DIR}/$<TARGET_FILE_NAME:valara-cli>\"
                    \"-executable=${VALARA_TOOLS_INSTALL_DIR}/$<TARGET_FILE_NAME:valara-sandbox>\"
            WORKING_DIRECTORY \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\"
            COMMAND_ERROR_IS_FATAL ANY)")
endif()

# Qt's own strings in the app's languages, in the bundle's Qt translations directory.
valara_install_qt_translations("${valara_bundle}/Contents/translations")

# The licence, in the bundle's resources.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
    DESTINATION "${valara_bundle}/Contents/Resources" RENAME LICENSE.txt)

# --- Signing, after macdeployqt has changed the binaries -----------------------------------------
set(VALARA_MACOS_SIGN_IDENTITY "-" CACHE STRING
    "codesign identity for valara-desk.app: - signs ad hoc; a Developer ID Application identity signs for distribution")
install(CODE "
    set(BUNDLE \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${valara_bundle}\")
    set(IDENTITY \"${VALARA_MACOS_SIGN_IDENTITY}\")
    include(\"${CMAKE_CURRENT_LIST_DIR}/SignBundle.cmake\")")

# --- CPack: the disk image ------------------------------------------------------------------------
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "${VALARA_APP_NAME}")
# The licence is in the bundle; no licence agreement on opening the image (the tools that attach
# one are deprecated).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
if(CMAKE_OSX_ARCHITECTURES)
    string(REPLACE ";" "-" valara_macos_arch "${CMAKE_OSX_ARCHITECTURES}")
else()
    set(valara_macos_arch "${CMAKE_SYSTEM_PROCESSOR}")
endif()
set(CPACK_PACKAGE_FILE_NAME "valara-desk-${PROJECT_VERSION}-macos-${valara_macos_arch}")
