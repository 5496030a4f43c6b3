#!/usr/bin/env bash
# The style and lint gate CI runs before the tests (CONTRIBUTING.md):
# rustfmt (rustfmt.toml), clippy with warnings as errors on every target,
# each crate under each of its features alone (so a feature that does not
# compile on its own is caught), and ruff over the Python package.
set -euo pipefail
cd "$(dirname "$0")/.."
RUFF_VERSION=0.17.6

# rustfmt and clippy come with the toolchain's default profile; a minimal
# profile lacks them.
for tool in fmt clippy; do
    if ! cargo "$tool" --version >/dev/null 2>&1; then
        component=$([ "$tool" = fmt ] && echo rustfmt || echo clippy)
        rustup component add "$component" ||
            { echo "lint.sh: cargo $tool is missing and rustup cannot add $component" >&2; exit 1; }
    fi
done

echo "== cargo fmt --check =="
cargo fmt --all --check

echo "== clippy, every target, warnings are errors =="
cargo clippy --locked --workspace --all-targets -- -D warnings

echo "== each feature alone =="
for features in "-p mpsandbox --no-default-features" \
                "-p mpsandbox --no-default-features --features http" \
                "-p mpsandbox --no-default-features --features mcp" \
                "-p mpsandbox --no-default-features --features store-redis" \
                "-p mpsandbox --no-default-features --features store-s3" \
                "-p mpsandbox-cli --no-default-features" \
                "-p mpsandbox-cli --no-default-features --features http" \
                "-p mpsandbox-cli --no-default-features --features mcp"; do
    echo "-- $features"
    # shellcheck disable=SC2086 # the flags are words
    cargo clippy --locked $features --all-targets -- -D warnings
done

echo "== ruff (python/) =="
VENV=target/lint-venv
if [ "$("$VENV/bin/ruff" --version 2>/dev/null)" != "ruff $RUFF_VERSION" ]; then
    . scripts/lib/toolchain.sh
    python3 -c 'import venv, ensurepip' 2>/dev/null || ensure_apt_packages python3-venv
    python3 -m venv --clear "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "ruff==$RUFF_VERSION"
fi
"$VENV/bin/ruff" check python
"$VENV/bin/ruff" format --check python
