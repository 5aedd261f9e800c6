# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced (POSIX sh): start_xvfb [LOG] starts a private Xvfb and exports DISPLAY; XVFB_PID is its
# process. Xvfb picks a free display itself (-displayfd) and writes the number only once it accepts
# clients, so two runs at the same time never take the same display, and nobody connects early.
# Returns 1 when Xvfb did not start within 30 s.
start_xvfb() {
    _xvfb_number=$(mktemp)
    Xvfb -displayfd 3 -screen 0 1280x860x24 -nolisten tcp 3>"$_xvfb_number" >"${1:-/dev/null}" 2>&1 &
    XVFB_PID=$!
    _xvfb_wait=0
    # The number is written with its newline in one go: a full line means it is ready.
    while [ "$(wc -l <"$_xvfb_number")" -lt 1 ] && [ $_xvfb_wait -lt 300 ]; do
        kill -0 "$XVFB_PID" 2>/dev/null || break
        sleep 0.1
        _xvfb_wait=$((_xvfb_wait + 1))
    done
    _xvfb_display=$(head -n 1 "$_xvfb_number")
    rm -f "$_xvfb_number"
    case $_xvfb_display in
    '' | *[!0-9]*)
        kill "$XVFB_PID" 2>/dev/null
        return 1
        ;;
    esac
    DISPLAY=":$_xvfb_display"
    export DISPLAY
}
