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
# (RELRO) and resolved at once (BIND_NOW). GCC on Debian already builds position-independent
# executables.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()
