#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes screenshots of Valara Desk's main views in demo mode, headless, into docs/screenshots/:
# in English, in German, Spanish and French (View > Language, as chosen on this computer), in the
# pseudo-locale (every text 40 % longer, between markers) and right to left (-reverse).
# Needs a build (./scripts/dev.sh build), Xvfb, xdotool and ImageMagick's import (all in
# scripts/debian-packages.txt). Usage: ./scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${1:-${BUILD_DIR:-build}}
[[ "$BUILD_DIR" = /* ]] || BUILD_DIR="$ROOT/$BUILD_DIR"
APP="$BUILD_DIR/app/valara-desk"
OUT="$ROOT/docs/screenshots"
[[ -x "$APP" ]] || { echo "no $APP: run ./scripts/dev.sh build first" >&2; exit 1; }
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (scripts/debian-packages.txt)" >&2; exit 1; }
done
mkdir -p "$OUT"

. "$ROOT/scripts/xvfb.sh"
start_xvfb || { echo "Xvfb did not start" >&2; exit 1; }
XVFB=$XVFB_PID
APP_PID=
cleanup() {
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
    kill "$XVFB" 2>/dev/null || true
}
trap cleanup EXIT

export QT_QPA_PLATFORM=xcb LANG=en_US.UTF-8 TZ=America/Chicago
# Window geometry and other settings of these runs stay out of the user's own.
export XDG_CONFIG_HOME
XDG_CONFIG_HOME=$(mktemp -d)

# Starts the app with ARGS, waits for its window, and leaves its id in $WINDOW.
start() {
    "$APP" "$@" >/dev/null 2>&1 &
    APP_PID=$!
    WINDOW=
    for _ in $(seq 50); do
        WINDOW=$(xdotool search --sync --onlyvisible --name 'Valara Desk' 2>/dev/null | head -1) && break
        sleep 0.2
    done
    [[ -n "$WINDOW" ]] || { echo "no window for: valara-desk $*" >&2; exit 1; }
    # No window manager: place the window and click into it to give it the keyboard.
    xdotool windowmove "$WINDOW" 0 0 windowsize "$WINDOW" 1280 860
    xdotool mousemove --window "$WINDOW" 5 5 click 1
    sleep 1.5
}
shot() { # NAME
    import -window "$WINDOW" "$OUT/$1.png"
    echo "docs/screenshots/$1.png"
}
keys() { xdotool key --window "$WINDOW" --delay 150 "$@"; sleep 1; }
stop() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }

start --demo
shot my-preferences
keys ctrl+1
shot my-profile
keys ctrl+3
# The second person of the list (the table starts below the search field).
xdotool mousemove --window "$WINDOW" 230 200 click 1
sleep 1.5
shot all-users
stop

start --demo --me-api
shot me-api
# File > Sign out: the sign-in dialog over the window (a window of its own: the screen is taken).
xdotool mousemove --window "$WINDOW" 20 8 click 1
sleep 1
xdotool mousemove --window "$WINDOW" 58 51 click 1
sleep 2
import -window root -crop 1280x860+0+0 +repage "$OUT/me-sign-in.png"
echo "docs/screenshots/me-sign-in.png"
stop

# Each translation, chosen in View > Language (the settings of this computer).
for language in de es fr; do
    mkdir -p "$XDG_CONFIG_HOME/Valara"
    printf '[appearance]\nlanguage=%s\n' "$language" >"$XDG_CONFIG_HOME/Valara/Valara Desk.conf"
    start --demo
    shot "my-preferences-$language"
    keys ctrl+3
    xdotool mousemove --window "$WINDOW" 230 200 click 1
    sleep 1.5
    shot "all-users-$language"
    stop
done
rm -f "$XDG_CONFIG_HOME/Valara/Valara Desk.conf"

# The pseudo-locale: a string without markers does not go through tr(); one cut off at its
# end is clipped by its widget.
VALARA_PSEUDO_LOCALE=1 start --demo
shot my-preferences-pseudo
stop

# Right to left.
start --demo -reverse
shot my-preferences-rtl
stop
