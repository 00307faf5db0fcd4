#!/usr/bin/env bash
# Runs the whole test suite of plenary.
#
# On Debian or Ubuntu it first installs, with apt-get, the system tools some
# tests need when they are missing: xmllint (package libxml2-utils), to check
# the Akoma Ntoso output, and chromium, to render the HTML output. It needs
# root or sudo only when something must be installed. Extra arguments go to
# `cargo test`, for example `./scripts/test.sh -p plenary-cli`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)

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
