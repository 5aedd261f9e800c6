#!/bin/sh
# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# check-workflows.sh NODE VALIDATOR WORKFLOWS_DIR
# Runs action-validator (VALIDATOR: the cli.mjs of @action-validator/cli, run by NODE) over every
# workflow file (*.yml, *.yaml) in WORKFLOWS_DIR, printing each file's verdict and the validator's
# errors. Fails when any file fails, or when there is no workflow file. Exits 77 (skipped) when
# node or the validator is missing.
node=$1
validator=$2
dir=$3

if [ -z "$node" ] || [ ! -x "$node" ]; then
    echo "SKIPPED: node (Node.js) not found; install npm (scripts/debian-packages.txt) and configure again"
    exit 77
fi
if [ ! -f "$validator" ]; then
    echo "SKIPPED: action-validator is not installed at $validator: configuring installs it with npm"
    echo "(VALARA_FETCH_CHECK_TOOLS=ON, npm found and its registry reachable); configure again"
    exit 77
fi

status=0
count=0
for file in "$dir"/*.yml "$dir"/*.yaml; do
    [ -e "$file" ] || continue
    count=$((count + 1))
    if output=$("$node" "$validator" "$file" 2>&1); then
        echo "valid: $file"
    else
        echo "INVALID: $file"
        printf '%s\n' "$output"
        status=1
    fi
done
if [ "$count" -eq 0 ]; then
    echo "no workflow file (*.yml, *.yaml) in $dir"
    exit 1
fi
echo "$count workflow file(s) checked"
exit "$status"
