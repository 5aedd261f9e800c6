# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Warning and hardening flags for every target in the project.
if(MSVC)
    add_compile_options(/W4 /permissive- /utf-8)
    if(VALARA_WARNINGS_AS_ERRORS)
        add_compile_options(/WX)
    endif()
else()
    add_compile_options(-Wall -Wextra -Wpedantic)
    if(VALARA_WARNINGS_AS_ERRORS)
        add_compile_options(-Werror)
    endif()
endif()

# Linking hardened as distributions do (lintian checks it): the relocations read-only after start
# (RELRO). Not BIND_NOW: resolving every symbol before main() costs start-up time
# (bench_startup), and lintian only notes its absence. GCC on Debian already builds
# position-independent executables.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    add_link_options(LINKER:-z,relro)
endif()
