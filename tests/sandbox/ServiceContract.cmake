# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Contract tests of the common rules, the Me API, idempotency, fault injection, persistence and
# the valara-sandbox command line, plus unit tests of the sandbox's rule classes
# (docs/api-contract.md C1-C10, M1-M13, "Sandbox-only behaviour"). Included from CMakeLists.txt.

foreach(unit IN ITEMS sandbox_common sandbox_request_bodies sandbox_idempotency
        sandbox_idempotency_storage sandbox_faults sandbox_persistence sandbox_people_query
        sandbox_scale_concurrency)
    valara_add_test(tst_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${unit}.cpp)
endforeach()
foreach(unit IN ITEMS me_auth me_api me_api_account session_token)
    valara_add_test(tst_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/services/meapi/tst_${unit}.cpp)
endforeach()
# The identity service's sign-in and session tokens (issue: Me API sign-in that lasts).
valara_add_test(sandbox_MeSignIn SOURCES ${CMAKE_CURRENT_LIST_DIR}/services/meapi/tst_me_sign_in.cpp)
foreach(unit IN ITEMS ulid sandbox_scale_generate)
    valara_add_test(tst_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/store/tst_${unit}.cpp)
endforeach()
foreach(unit IN ITEMS idempotency_guard)
    valara_add_test(tst_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/http/tst_${unit}.cpp)
endforeach()
foreach(unit IN ITEMS preference_rules)
    valara_add_test(tst_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/rules/tst_${unit}.cpp)
endforeach()

# The command line runs the real executable as a separate process.
valara_add_test(tst_sandbox_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_cli.cpp TIMEOUT 180)
target_compile_definitions(tst_sandbox_cli PRIVATE
    VALARA_SANDBOX_BIN="$<TARGET_FILE:valara-sandbox>")
add_dependencies(tst_sandbox_cli valara-sandbox)

# --generate-users runs the real executable too.
valara_add_test(tst_sandbox_scale_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_scale_cli.cpp)
target_compile_definitions(tst_sandbox_scale_cli PRIVATE
    VALARA_SANDBOX_BIN="$<TARGET_FILE:valara-sandbox>")
add_dependencies(tst_sandbox_scale_cli valara-sandbox)
