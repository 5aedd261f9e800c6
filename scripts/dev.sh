#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Valara Desk developer entry point: install build dependencies, build, run the demo or the tests.
# Run ./scripts/dev.sh --help for usage.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PACKAGE_LIST="$ROOT/scripts/debian-packages.txt"
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=RelWithDebInfo
# Extra arguments for the CMake configure step (the sanitize command sets them).
CMAKE_ARGS=()
SANITIZE_BUILD_DIR=${SANITIZE_BUILD_DIR:-build-asan}
SANITIZERS=address,undefined
# Debug (-O0): instrumented, RelWithDebInfo (-O2) took about 45% more compile time, while the
# whole suite runs in about two minutes at -O0; Debug stacks are exact and Q_ASSERT is on.
SANITIZE_BUILD_TYPE=Debug

usage() {
    cat <<EOF
Usage: ./scripts/dev.sh COMMAND [ARGS...]

Commands:
  demo [ARGS...]   Install missing packages, build the app, and start 'valara-desk --demo'
                   (against the local sandbox). ARGS are passed to valara-desk.
  test [ARGS...]   Install missing packages, build, and run the whole test suite with
                   ctest. ARGS are passed to ctest (for example: -R sandbox).
                   Exits with ctest's status. Needs no display.
  sanitize [LABEL...] [-- CTEST_ARGS...]
                   Install missing packages, build with clang++ under AddressSanitizer and
                   UndefinedBehaviorSanitizer in a separate build directory, and run the
                   tests with ctest: all of them, or those with the given labels (test layers:
                   api models sandbox cli ui app packaging architecture), building only what they need.
                   CTEST_ARGS go to ctest. Exits with ctest's status. (The fuzz target is
                   left out: 'test' builds and runs it, always under ASan and UBSan.)
  build            Install missing packages and build.
  deps             Only install the missing packages.

Options:
  -h, --help       Show this help.

Environment:
  BUILD_DIR        Build directory, relative to the repository root or absolute
                   (default: build).
  SANITIZE_BUILD_DIR
                   Build directory of the sanitize command (default: build-asan).
  VALARA_SKIP_DEPS Set to 1 to skip the package check (non-Debian systems, offline work).

Packages come from scripts/debian-packages.txt and are installed with apt-get on
Debian 12 or Ubuntu 24.04; sudo is used when not running as root. Builds go through
ccache when it is installed.

Without a display (no DISPLAY or WAYLAND_DISPLAY), run the demo under a virtual X server:
  xvfb-run -a ./scripts/dev.sh demo
EOF
}

say() { printf '==> %s\n' "$*"; }
warn() { printf 'dev.sh: %s\n' "$*" >&2; }
die() {
    warn "$*"
    exit 1
}

# Package names from the list: comments and blank lines dropped.
read_package_list() {
    local line
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%%#*}
        line=${line//[[:space:]]/}
        if [[ -n $line ]]; then
            printf '%s\n' "$line"
        fi
    done <"$PACKAGE_LIST"
}

is_installed() {
    local status
    # shellcheck disable=SC2016 # ${Status} is a dpkg-query field, not a shell expansion.
    status=$(dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null) || return 1
    [[ $status == *"install ok installed"* ]]
}

# The names that installed packages provide (their Provides: field), one a line. A listed name
# provided by an installed package counts as installed, as it does for apt: Node.js packages from
# outside Debian provide npm themselves and conflict with Debian's npm package.
provided_packages() {
    # shellcheck disable=SC2016 # ${...} are dpkg-query fields, not shell expansions.
    dpkg-query -W -f='${db:Status-Abbrev}|${Provides}\n' 2>/dev/null |
        awk -F'|' '$1 ~ /^ii/ {
            n = split($2, names, ", *")
            for (i = 1; i <= n; i++) { sub(/ .*/, "", names[i]); if (names[i] != "") print names[i] }
        }'
}

missing_packages() {
    local pkg provided
    provided=$(provided_packages)
    while IFS= read -r pkg; do
        is_installed "$pkg" || grep -qxF -- "$pkg" <<<"$provided" || printf '%s\n' "$pkg"
    done < <(read_package_list)
}

install_deps() {
    if [[ ${VALARA_SKIP_DEPS:-0} == 1 ]]; then
        say "Skipping the package check (VALARA_SKIP_DEPS=1)"
        return
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        warn "apt-get/dpkg-query not found: this is not Debian or Ubuntu."
        warn "Install the equivalents of scripts/debian-packages.txt yourself; continuing."
        return
    fi

    [[ -r $PACKAGE_LIST ]] || die "cannot read $PACKAGE_LIST"
    say "Checking packages listed in scripts/debian-packages.txt"
    local -a missing
    mapfile -t missing < <(missing_packages)
    if ((${#missing[@]} == 0)); then
        say "All packages are installed"
        return
    fi

    local -a as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 ||
            die "missing packages (${missing[*]}) and no sudo: run as root: apt-get install ${missing[*]}"
        as_root=(sudo)
    fi
    local -a apt=(${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive
        apt-get -q -y -o DPkg::Lock::Timeout=300)

    say "Missing packages: ${missing[*]}"
    say "Updating the package index (apt-get update)"
    "${apt[@]}" update || die "apt-get update failed"
    say "Installing: ${missing[*]}"
    "${apt[@]}" install "${missing[@]}" ||
        die "could not install: ${missing[*]} (check the names in scripts/debian-packages.txt)"

    mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) || die "still not installed after apt-get install: ${missing[*]}"
    say "Packages installed"
}

# configure: configures BUILD_DIR (BUILD_TYPE, CMAKE_ARGS; through ccache when installed).
configure() {
    command -v cmake >/dev/null 2>&1 || die "cmake not found (see scripts/debian-packages.txt)"
    command -v ninja >/dev/null 2>&1 || die "ninja not found (see scripts/debian-packages.txt)"
    local cache="$BUILD_DIR/CMakeCache.txt"
    if [[ -f $cache ]] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$cache"; then
        die "$BUILD_DIR was configured with another CMake generator; remove it or set BUILD_DIR"
    fi
    local -a launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    say "Configuring in $BUILD_DIR ($BUILD_TYPE)"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" \
        ${launcher[@]+"${launcher[@]}"} ${CMAKE_ARGS[@]+"${CMAKE_ARGS[@]}"}
}

# configure_and_build [TARGET...]: configures, then builds the given targets (default: all).
configure_and_build() {
    configure
    if (($# > 0)); then
        say "Building $*"
        cmake --build "$BUILD_DIR" --target "$@"
    else
        say "Building"
        cmake --build "$BUILD_DIR"
    fi
}

have_display() {
    [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} || -n ${QT_QPA_PLATFORM:-} ]]
}

cmd_demo() {
    if ! have_display; then
        cat >&2 <<EOF
dev.sh: no display: neither DISPLAY nor WAYLAND_DISPLAY is set.
Valara Desk is a desktop application and needs a display. On a machine without one,
run the demo under a virtual X server instead:

    xvfb-run -a ./scripts/dev.sh demo

(The test suite needs no display: ./scripts/dev.sh test)
EOF
        exit 1
    fi
    install_deps
    configure_and_build valara-desk
    local app="$BUILD_DIR/app/valara-desk"
    if [[ ! -x $app && -x "$BUILD_DIR/app/valara-desk.app/Contents/MacOS/valara-desk" ]]; then
        app="$BUILD_DIR/app/valara-desk.app/Contents/MacOS/valara-desk"
    fi
    [[ -x $app ]] || die "the build did not produce $app"
    say "Starting $app --demo $*"
    exec "$app" --demo "$@"
}

cmd_test() {
    install_deps
    configure_and_build
    command -v ctest >/dev/null 2>&1 || die "ctest not found (it comes with cmake)"
    say "Running the test suite"
    # ctest's summary is the last thing printed; its status is ours.
    exec ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --no-tests=error "$@"
}

# The labels ctest knows in BUILD_DIR, one a line.
test_labels() {
    ctest --test-dir "$BUILD_DIR" --print-labels | sed -n 's/^  *//p'
}

cmd_sanitize() {
    local -a labels=() ctest_args=()
    while (($# > 0)); do
        if [[ $1 == -- ]]; then
            shift
            ctest_args=("$@")
            break
        fi
        labels+=("$1")
        shift
    done
    install_deps
    command -v clang++ >/dev/null 2>&1 || die "clang++ not found (see scripts/debian-packages.txt)"
    command -v ctest >/dev/null 2>&1 || die "ctest not found (it comes with cmake)"
    BUILD_DIR=$SANITIZE_BUILD_DIR
    BUILD_TYPE=$SANITIZE_BUILD_TYPE
    local cache="$BUILD_DIR/CMakeCache.txt"
    if [[ -f $cache ]] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++' "$cache"; then
        die "$BUILD_DIR was configured with another compiler; remove it or set SANITIZE_BUILD_DIR"
    fi
    # No benchmarks, and no fuzz target (CLANGXX=OFF): the normal build already makes and runs it
    # under the same sanitizers.
    CMAKE_ARGS=(-DCMAKE_CXX_COMPILER=clang++ -DVALARA_SANITIZE="$SANITIZERS"
        -DVALARA_BUILD_BENCH=OFF -DCLANGXX=OFF)
    if ((${#labels[@]} == 0)); then
        configure_and_build
        say "Running the test suite under $SANITIZERS sanitizers"
        exec ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --no-tests=error \
            ${ctest_args[@]+"${ctest_args[@]}"}
    fi

    # Only the given layers: build their tests (valara_tests_<label>, where the layer has
    # something to build), then run the tests with those labels.
    configure
    local -a known targets=()
    mapfile -t known < <(test_labels)
    local label all_targets
    all_targets=$(cmake --build "$BUILD_DIR" --target help)
    for label in "${labels[@]}"; do
        [[ " ${known[*]} " == *" $label "* ]] ||
            die "unknown test label: $label (labels: ${known[*]})"
        if grep -q "^valara_tests_$label:" <<<"$all_targets"; then
            targets+=("valara_tests_$label")
        fi
    done
    if ((${#targets[@]} > 0)); then
        say "Building ${targets[*]}"
        cmake --build "$BUILD_DIR" --target "${targets[@]}"
    fi
    local regex
    regex="^($(IFS='|'; echo "${labels[*]}"))\$"
    say "Running the tests labelled ${labels[*]} under $SANITIZERS sanitizers"
    exec ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --no-tests=error -L "$regex" \
        ${ctest_args[@]+"${ctest_args[@]}"}
}

main() {
    cd "$ROOT"
    local command=${1:-}
    [[ $# -gt 0 ]] && shift
    case $command in
        demo) cmd_demo "$@" ;;
        test) cmd_test "$@" ;;
        sanitize) cmd_sanitize "$@" ;;
        build)
            (($# == 0)) || die "build takes no arguments"
            install_deps
            configure_and_build
            ;;
        deps)
            (($# == 0)) || die "deps takes no arguments"
            install_deps
            ;;
        -h | --help | help) usage ;;
        '')
            usage >&2
            exit 2
            ;;
        *)
            warn "unknown command: $command"
            usage >&2
            exit 2
            ;;
    esac
}

main "$@"
