"""Shared fixtures of the Python tests: the corpus and the `plenary` command.

The tests compare the package with the command line built from the same
crates: `PLENARY_CLI` names the binary (scripts/test.sh sets it to
target/debug/plenary, which `cargo test --workspace` has just built); without
it the tests look there themselves.
"""

import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO / "corpus"

# Every document of the corpus: the top-level text files (`passing.txt` is the
# ratchet's list, not a document; the flavours are tested by the Rust suite).
DOCUMENTS = sorted(p for p in CORPUS.glob("*.txt") if p.name != "passing.txt")


def cli_path() -> Path:
    """The `plenary` binary the tests compare with."""
    named = os.environ.get("PLENARY_CLI")
    path = Path(named) if named else REPO / "target" / "debug" / "plenary"
    if not path.exists():
        pytest.fail(f"the plenary binary {path} is missing: run `cargo build -p plenary-cli` or set PLENARY_CLI")
    return path


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """Runs `plenary ARGS…`, capturing standard output and error as bytes."""
    return subprocess.run([str(cli_path()), *args], capture_output=True, check=False)


@pytest.fixture(scope="session")
def cli_outputs():
    """`plenary stats FILE` and `plenary parse FILE` of every corpus document, by file name."""

    def both(path: Path):
        stats = run_cli("stats", str(path))
        parse = run_cli("parse", str(path))
        assert stats.returncode == 0, f"plenary stats {path.name} should succeed: {stats.stderr!r}"
        assert parse.returncode == 0, f"plenary parse {path.name} should succeed: {parse.stderr!r}"
        return path.name, (stats.stdout, parse.stdout)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(pool.map(both, DOCUMENTS))
