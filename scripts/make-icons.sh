#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon (resources/icons/cloud.valara.Desk.svg) into the icons the Windows
# and macOS installers use, next to it:
#   cloud.valara.Desk.ico    Windows: 16, 24, 32, 48, 64, 128 and 256 pixels (the executable's icon,
#                            the installers' and the Start menu's)
#   cloud.valara.Desk.icns   macOS: 16 to 1024 pixels, Retina pairs included (the bundle's icon)
# Both are committed; run this again after a change of the SVG. Needs rsvg-convert (Debian:
# librsvg2-bin), ImageMagick's convert (imagemagick) and python3.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ICONS="$ROOT/resources/icons"
SVG="$ICONS/cloud.valara.Desk.svg"

for tool in rsvg-convert convert python3; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "make-icons.sh: $tool not found (Debian: librsvg2-bin, imagemagick, python3)" >&2
        exit 1
    }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() {
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio --output "$work/icon-$1.png" "$SVG"
}

ico_sizes=(16 24 32 48 64 128 256)
icns_sizes=(16 32 64 128 256 512 1024)
for size in "${ico_sizes[@]}" "${icns_sizes[@]}"; do
    [[ -f "$work/icon-$size.png" ]] || render "$size"
done

ico_inputs=()
for size in "${ico_sizes[@]}"; do
    ico_inputs+=("$work/icon-$size.png")
done
# No date chunks: the same SVG gives the same bytes.
convert "${ico_inputs[@]}" -define png:exclude-chunks=date,time "$ICONS/cloud.valara.Desk.ico"

icns_inputs=()
for size in "${icns_sizes[@]}"; do
    icns_inputs+=("$work/icon-$size.png")
done
python3 "$ROOT/scripts/pack-icns.py" "$ICONS/cloud.valara.Desk.icns" "${icns_inputs[@]}"

echo "Wrote $ICONS/cloud.valara.Desk.ico and $ICONS/cloud.valara.Desk.icns"
