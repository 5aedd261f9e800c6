# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Warning flags for every target in the project.
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
