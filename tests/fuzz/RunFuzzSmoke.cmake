# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs fuzz_response_decoder for a bounded time from the seed corpus (ctest's
# fuzz_response_decoder_smoke). cmake -DFUZZER=... -DSEEDS=... -DDICT=... -DWORK_DIR=... -P this
foreach(var FUZZER SEEDS DICT WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunFuzzSmoke.cmake: ${var} is not set")
    endif()
endforeach()
if(NOT EXISTS "${FUZZER}")
    message(FATAL_ERROR "${FUZZER} was not built")
endif()

# A fresh scratch corpus each time: the seeds in the source tree are never written to. Fixed
# libFuzzer and QHash seeds keep runs alike (address randomisation still varies them a little).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus" "${WORK_DIR}/artifacts")

execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env
            "QT_HASH_SEED=0"
            "ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=32"
            "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
            "${FUZZER}"
            -seed=1 -runs=100000 -max_total_time=20 -max_len=4096 -timeout=10 -rss_limit_mb=2048
            "-dict=${DICT}" "-artifact_prefix=${WORK_DIR}/artifacts/" -print_final_stats=1
            "${WORK_DIR}/corpus" "${SEEDS}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB artifacts "${WORK_DIR}/artifacts/*")
    message(FATAL_ERROR "fuzz_response_decoder failed (${result}); input saved as: ${artifacts}\n"
                        "Reproduce with: ${FUZZER} <that file>")
endif()
