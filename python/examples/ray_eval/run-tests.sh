#!/usr/bin/env bash
# The example's tests: target/ray-venv made or brought up to date
# (setup-venv.sh), then pytest inside a loopback-only network namespace made
# here (in-loopback-ns.sh), where the tests start a two-node Ray cluster.
# Bounded: the whole run is killed after $RAY_EVAL_TEST_TIMEOUT seconds
# (default 600), and the namespace takes every process left with it.
# Arguments go to pytest.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
"$HERE/setup-venv.sh"
exec timeout --kill-after=10 "${RAY_EVAL_TEST_TIMEOUT:-600}" "$HERE/in-loopback-ns.sh" \
    env PYTHONPATH="$HERE" "$ROOT/target/ray-venv/bin/python" -m pytest -q -p no:cacheprovider \
    --rootdir "$HERE" "$HERE/tests" "$@"
