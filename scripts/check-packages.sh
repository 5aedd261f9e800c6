#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Linux packages, checked as a user meets them:
#   ./scripts/check-packages.sh [BUILD_DIR]        (default: build, already built)
# 1. cpack -G DEB and cpack -G RPM from the build directory, into BUILD_DIR/packages;
# 2. lintian on the .deb: fails on any error or warning (infos are shown);
#    rpmlint on the .rpm: fails on any error;
# 3. as root only (CI): installs the .deb with apt-get (its dependencies from the system), runs the
#    installed valara-desk --version, valara-cli --help and valara-sandbox --version, starts
#    valara-desk --demo under Xvfb and waits for its window and its sign-in to the sandbox (the
#    installed modules are found), then purges the package and checks
#    that nothing of it is left. Without root, step 3 is skipped and said so.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-build}
[[ $BUILD == /* ]] || BUILD="$ROOT/$BUILD"
OUT="$BUILD/packages"

say() { printf '==> %s\n' "$*"; }
die() {
    printf 'check-packages: %s\n' "$*" >&2
    exit 1
}

[[ -f $BUILD/CPackConfig.cmake ]] || die "$BUILD is not a configured build directory"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD/CPackConfig.cmake")
[[ -n $version ]] || die "no CPACK_PACKAGE_VERSION in $BUILD/CPackConfig.cmake"

# --- 1. The packages ------------------------------------------------------------------------------
rm -rf "$OUT"
mkdir -p "$OUT"
for generator in DEB RPM; do
    say "cpack -G $generator"
    (cd "$BUILD" && cpack -G "$generator" -B "$OUT" >"$OUT/cpack-$generator.log" 2>&1) || {
        cat "$OUT/cpack-$generator.log" >&2
        die "cpack -G $generator failed"
    }
done
deb=$(find "$OUT" -maxdepth 1 -name "valara-desk_${version}_*.deb" -print -quit)
rpm=$(find "$OUT" -maxdepth 1 -name "valara-desk-${version}-*.rpm" -print -quit)
[[ -n $deb ]] || die "cpack made no .deb in $OUT"
[[ -n $rpm ]] || die "cpack made no .rpm in $OUT"

# Every package carries the licence and the notices.
dpkg-deb --contents "$deb" | grep '/usr/share/doc/valara-desk/LICENSE$' >/dev/null ||
    die "the .deb has no LICENSE"
rpm -qlp "$rpm" 2>/dev/null | grep '^/usr/share/doc/valara-desk/LICENSE$' >/dev/null ||
    die "the .rpm has no LICENSE"
# rpmlint 2.4 (Debian 12) warns no-manual-page-for-binary whatever the package holds (it compares
# the programs' names with the pages' sections): the pages are checked here instead.
for tool in valara-desk valara-cli valara-sandbox; do
    rpm -qlp "$rpm" 2>/dev/null | grep "^/usr/share/man/man1/$tool.1.gz$" >/dev/null ||
        die "the .rpm has no manual page for $tool"
done

# --- 2. lintian and rpmlint -----------------------------------------------------------------------
say "lintian $(basename "$deb")"
lintian --display-info --fail-on error,warning "$deb" ||
    die "lintian reports errors or warnings (above)"

say "rpmlint $(basename "$rpm")"
rpmlint_log="$OUT/rpmlint.log"
rpmlint --config "$ROOT/packaging/linux/rpmlint.toml" "$rpm" >"$rpmlint_log" 2>&1 || true
cat "$rpmlint_log"
errors=$(sed -n 's/.* \([0-9][0-9]*\) errors, .*/\1/p' "$rpmlint_log" | tail -n 1)
[[ -n $errors ]] || die "rpmlint gave no summary line"
((errors == 0)) || die "rpmlint reports $errors error(s) (above)"

# --- 3. Installed, run and removed ----------------------------------------------------------------
if ((EUID != 0)); then
    say "not root: the .deb is not installed here (CI runs this step as root)"
    say "packages checked: $deb $rpm"
    exit 0
fi

if dpkg-query -W -f='${Status}' valara-desk 2>/dev/null | grep -q 'install ok installed'; then
    die "valara-desk is already installed on this system: remove it first"
fi

say "apt-get install $(basename "$deb")"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$OUT/install.log" 2>&1 || {
    cat "$OUT/install.log" >&2
    die "the .deb did not install"
}

smoke_dir=$(mktemp -d)
xvfb_pid=
cleanup() {
    [[ -z $xvfb_pid ]] || kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$smoke_dir"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -q valara-desk >/dev/null 2>&1 || true
}
trap cleanup EXIT

# The installed programs, by their installed paths, with a fresh home and no display settings.
run_installed() {
    env -i PATH=/usr/bin:/bin HOME="$smoke_dir/home" LANG=C.UTF-8 "$@"
}
mkdir -p "$smoke_dir/home"
out=$(run_installed /usr/bin/valara-desk --version)
[[ $out == "valara-desk $version" ]] || die "valara-desk --version said: $out"
run_installed /usr/bin/valara-cli --help >"$smoke_dir/cli-help.txt" || die "valara-cli --help failed"
grep -q '^Usage: valara-cli' "$smoke_dir/cli-help.txt" || die "valara-cli --help printed no usage"
out=$(run_installed /usr/bin/valara-sandbox --version)
[[ $out == *"$version"* ]] || die "valara-sandbox --version said: $out"
[[ -f /usr/share/man/man1/valara-desk.1.gz ]] || die "no manual page for valara-desk"
say "installed: valara-desk, valara-cli and valara-sandbox answer with version $version"
# Phone numbers are checked by a module loaded on first use (models/values/phone): the installed
# valara-cli must find it and refuse a number too short, before any request.
out=$(run_installed env VALARA_API_KEY=unused /usr/bin/valara-cli --base-url http://127.0.0.1:9 \
    profile set u1 phone=12 2>&1) && die "valara-cli accepted the phone number 12"
[[ $out == *"too few digits"* ]] || die "the installed phone number check said: $out"
say "installed: the phone number module is found and checks numbers"

# The demo on a virtual display: it has started when its window is mapped.
. "$ROOT/scripts/xvfb.sh"
start_xvfb "$smoke_dir/xvfb.log" || die "Xvfb did not start: $(cat "$smoke_dir/xvfb.log")"
xvfb_pid=$XVFB_PID
display=$DISPLAY
env -i PATH=/usr/bin:/bin HOME="$smoke_dir/home" LANG=C.UTF-8 DISPLAY="$display" \
    XDG_RUNTIME_DIR="$smoke_dir" /usr/bin/valara-desk --demo >"$smoke_dir/demo.log" 2>&1 &
demo_pid=$!
# Up to 60 s for the window, and no waiting on a program that has already stopped.
shown=false
for _ in $(seq 240); do
    if DISPLAY="$display" xdotool search --onlyvisible --name 'Valara Desk' >/dev/null 2>&1; then
        shown=true
        break
    fi
    kill -0 "$demo_pid" 2>/dev/null || break
    sleep 0.25
done
if [[ $shown != true ]]; then
    cat "$smoke_dir/demo.log" >&2
    kill "$demo_pid" 2>/dev/null || true
    die "valara-desk --demo showed no window (it stopped, or 60 s passed)"
fi
kill -0 "$demo_pid" 2>/dev/null || die "valara-desk --demo exited after showing its window"
# The window comes first, saying "Connecting…"; the sandbox (the installed module
# valara-demo-sandbox) then listens and the demo signs in.
signed_in=false
for _ in $(seq 120); do
    if grep -q 'signed in as' "$smoke_dir/demo.log"; then
        signed_in=true
        break
    fi
    sleep 0.25
done
kill -TERM "$demo_pid"
wait "$demo_pid" 2>/dev/null || true
if [[ $signed_in != true ]]; then
    cat "$smoke_dir/demo.log" >&2
    die "valara-desk --demo showed its window but did not sign in to its sandbox within 30 s"
fi
say "installed: valara-desk --demo showed its window and signed in to its sandbox"

say "apt-get purge valara-desk"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q valara-desk >"$OUT/purge.log" 2>&1 || {
    cat "$OUT/purge.log" >&2
    die "the package did not purge"
}
for path in /usr/bin/valara-desk /usr/bin/valara-cli /usr/bin/valara-sandbox \
    /usr/share/doc/valara-desk /usr/share/applications/cloud.valara.Desk.desktop; do
    [[ ! -e $path ]] || die "$path is left after the purge"
done
say "packages checked, installed, run and removed: $(basename "$deb") $(basename "$rpm")"
