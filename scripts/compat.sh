#!/usr/bin/env bash
# Runs MicroPython's own test suites (from the pinned Debian source) against
# the native unix port and against the sandbox, and compares them.
#
#   scripts/compat.sh [SUITE ...]     default: the suites listed below
#
# The sandbox runs as `micropython` (a symlink to the mpsandbox binary, which
# then speaks the unix port's command line). The last line printed is
# `compat: native N passed, sandbox M passed, K unexplained`; the exit status
# is 0 only when K is 0. Tests the sandbox fails on purpose are listed with
# their reason in tests/compat-exclusions.txt.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib/toolchain.sh"

SUITES=("$@")
[ ${#SUITES[@]} -gt 0 ] || SUITES=(basics float extmod micropython misc unicode import stress io)

command -v python3 >/dev/null || ensure_apt_packages python3
NATIVE=$("$ROOT/scripts/build-native.sh" | tail -1)
TESTS="$ROOT/guest-micropython/build/native-src/tests"

log "building the sandbox CLI"
(cd "$ROOT" && cargo build --release --quiet --bin mpsandbox)
WORK="$ROOT/guest-micropython/build/compat"
rm -rf "$WORK"
mkdir -p "$WORK/bin"
TARGET_DIR=$(cd "$ROOT" && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
ln -s "$TARGET_DIR/release/mpsandbox" "$WORK/bin/micropython"

# Tests built on micropython-lib's unittest cannot run on either side: the
# Debian source does not ship micropython-lib (run-tests.py would abort).
# shellcheck disable=SC2046 # the suite globs are meant to expand
UNITTEST=$(cd "$TESTS" && grep -lE '^(import|from) unittest' $(printf '%s/*.py ' "${SUITES[@]}") 2>/dev/null | paste -sd'|' || true)
EXCLUDE=()
[ -n "$UNITTEST" ] && EXCLUDE=(-e "^(${UNITTEST//./\\.})\$")
[ -n "$UNITTEST" ] && log "not run on either side (need micropython-lib's unittest): ${UNITTEST//|/ }"

run_suites() { # NAME BINARY
    log "running ${SUITES[*]} against $1"
    # run-tests.py exits 1 when any test fails; the comparison decides. One
    # job: parallel jobs interleave the per-test lines this script parses.
    (cd "$TESTS" && MICROPY_MICROPYTHON="$2" python3 ./run-tests.py -j 1 "${EXCLUDE[@]}" \
        --result-dir "$WORK/results-$1" -d "${SUITES[@]}" >"$WORK/$1.log" 2>&1) || true
    grep -E "^[0-9]+ tests (performed|passed)" "$WORK/$1.log" | sed "s/^/  $1: /" >&2 || true
}
run_suites native "$NATIVE"
run_suites sandbox "$WORK/bin/micropython"

python3 "$ROOT/scripts/compat/report.py" "$WORK/native.log" "$WORK/sandbox.log" "$ROOT/tests/compat-exclusions.txt"
