#!/bin/sh
# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# run-atspi-check.sh VALARA_DESK CHECK_SCRIPT
# Runs valara-desk --demo on a private D-Bus session with its own accessibility bus and a
# private X server (Xvfb), then the AT-SPI check against it. Exits 77 (skipped) when a tool is
# missing: dbus-run-session, Xvfb, at-spi-bus-launcher, or python3 with pyatspi.
app=$1
check=$2
if [ -z "$INSIDE_DBUS" ]; then
    command -v dbus-run-session >/dev/null 2>&1 || { echo "no dbus-run-session"; exit 77; }
    command -v Xvfb >/dev/null 2>&1 || { echo "no Xvfb"; exit 77; }
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "no python3-pyatspi"; exit 77; }
    INSIDE_DBUS=1 exec dbus-run-session -- sh "$0" "$@"
fi

launcher=
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$candidate" ] && launcher=$candidate
done
[ -n "$launcher" ] || { echo "no at-spi-bus-launcher"; exit 77; }

home=$(mktemp -d)
cleanup() {
    kill "$appPid" "$bus" "$XVFB_PID" 2>/dev/null
    rm -rf "$home"
}
trap cleanup EXIT
. "$(dirname "$0")/../../../scripts/xvfb.sh"
start_xvfb "$home/xvfb.log" || { echo "Xvfb did not start:"; cat "$home/xvfb.log"; exit 1; }

export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
export LANG=C.UTF-8 LANGUAGE=
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$launcher" --launch-immediately >/dev/null 2>&1 &
bus=$!
"$app" --demo >"$home/app.log" 2>&1 &
appPid=$!
/usr/bin/python3 "$check"
status=$?
if [ $status -ne 0 ]; then
    echo "--- valara-desk's log:"
    tail -20 "$home/app.log"
    echo "--- Xvfb's log ($DISPLAY):"
    tail -20 "$home/xvfb.log"
fi
exit $status
