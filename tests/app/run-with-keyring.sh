#!/bin/sh
# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# run-with-keyring.sh COMMAND [ARGS...]
#
# Runs COMMAND (a keychain test) with a private Secret Service: a new D-Bus session bus
# (dbus-run-session) with an unlocked gnome-keyring-daemon whose keyrings live in a temporary
# directory, removed afterwards. The user's own session bus and keyrings are never touched.
#
# COMMAND gets VALARA_TEST_SECRET_SERVICE=1 when the service is up. When it cannot be started
# (dbus-run-session or gnome-keyring-daemon missing, or the daemon does not answer), COMMAND still
# runs, with VALARA_TEST_NO_SECRET_SERVICE set to the reason, so that it can skip what needs it.
# Exits with COMMAND's status.
set -u

if [ "${1:-}" = "--inside-session" ]; then
    # Second stage, on the private bus.
    shift
    log="$XDG_RUNTIME_DIR/gnome-keyring.log"
    reason=""
    if ! printf '%s' valara-test-keyring |
        gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>"$log"; then
        reason="gnome-keyring-daemon --unlock failed: $(tr '\n' ' ' <"$log")"
    elif command -v dbus-send >/dev/null 2>&1; then
        # The daemon takes its bus name a moment after --unlock returns. Wait for it (10 s at
        # most): a call before that would start another, locked, daemon by D-Bus activation.
        tries=0
        until dbus-send --session --print-reply --dest=org.freedesktop.DBus \
            /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
            string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
            tries=$((tries + 1))
            if [ "$tries" -ge 100 ]; then
                reason="gnome-keyring-daemon started but org.freedesktop.secrets is not on the bus"
                break
            fi
            sleep 0.1
        done
    fi
    if [ -n "$reason" ]; then
        echo "run-with-keyring.sh: $reason" >&2
        VALARA_TEST_NO_SECRET_SERVICE=$reason "$@"
    else
        VALARA_TEST_SECRET_SERVICE=1 "$@"
    fi
    exit $?
fi

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

unset VALARA_TEST_SECRET_SERVICE VALARA_TEST_NO_SECRET_SERVICE
missing=""
command -v dbus-run-session >/dev/null 2>&1 || missing="dbus-run-session (Debian package dbus-bin)"
command -v gnome-keyring-daemon >/dev/null 2>&1 ||
    missing="${missing:+$missing and }gnome-keyring-daemon (Debian package gnome-keyring)"
if [ -n "$missing" ]; then
    echo "run-with-keyring.sh: no Secret Service: $missing not found" >&2
    VALARA_TEST_NO_SECRET_SERVICE="$missing not found" "$@"
    exit $?
fi

# The daemon keeps its keyrings under XDG_DATA_HOME and its control socket under
# XDG_RUNTIME_DIR: both go to a directory of our own.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/valara-keyring.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"
HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
    XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime" \
    dbus-run-session -- sh "$0" --inside-session "$@"
