# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Contract tests for the Valara endpoints of the sandbox (docs/api-contract.md V*, R*, P*, U*, A*).
# Included from tests/sandbox/CMakeLists.txt. Each executable starts its own sandboxes in-process.
foreach(unit IN ITEMS
        auth routing
        users user_list
        preferences preference_values
        profile profile_errors profile_values
        put put_values
        etags)
    valara_add_test(tst_valara_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/services/valara/tst_valara_${unit}.cpp)
endforeach()
# tst_valara_put checks what the app's ProfileEditor sends; the sandbox itself links no app code.
target_link_libraries(tst_valara_put PRIVATE valara_models)
