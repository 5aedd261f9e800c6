# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# vcpkg triplet for the macOS build (Apple silicon): shared libraries, which macdeployqt copies into
# the bundle, release builds only (half the build time of Qt), and the same minimum macOS as the
# application (VALARA_MACOS_MINIMUM in packaging/macos/MacOS.cmake, Qt's own minimum).
# Used with --overlay-triplets, see docs/installers.md.
set(VCPKG_TARGET_ARCHITECTURE arm64)
set(VCPKG_CRT_LINKAGE dynamic)
set(VCPKG_LIBRARY_LINKAGE dynamic)
set(VCPKG_BUILD_TYPE release)

set(VCPKG_CMAKE_SYSTEM_NAME Darwin)
set(VCPKG_OSX_ARCHITECTURES arm64)
set(VCPKG_OSX_DEPLOYMENT_TARGET 13.0)
