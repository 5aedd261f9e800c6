#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when clang-format would change a C++ file tracked by git. The formatting is pinned to
# clang-format 14 (Debian 12's): other versions format some constructs differently, so with another
# version the check is skipped with a message instead of failing on their differences.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PINNED_MAJOR=14
if ! command -v clang-format >/dev/null 2>&1; then
    echo "check-format: clang-format not found; skipping the formatting check" >&2
    exit 0
fi
version=$(clang-format --version | sed -n 's/.*version \([0-9][0-9]*\)\..*/\1/p')
if [[ $version != "$PINNED_MAJOR" ]]; then
    echo "check-format: clang-format $version is not the pinned $PINNED_MAJOR; skipping" >&2
    exit 0
fi

mapfile -t files < <(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run --Werror "${files[@]}"; then
    echo "check-format: the files above are not formatted; run: clang-format -i <file>" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
