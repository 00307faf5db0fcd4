"""What the measuring scripts (accuracy.py, alignment.py, corpus_table.py)
share: building the release CLI, and running one of its commands for JSON."""

import json
import os
import subprocess
import sys


def build(bin_path, script):
    """`cargo build --release -p plenary-cli`; on a failed build, measure the
    binary already there, saying so loudly, or stop when there is none."""
    print("building the release CLI (cargo build --release -p plenary-cli) ...", file=sys.stderr)
    r = subprocess.run(["cargo", "build", "--release", "-p", "plenary-cli"])
    if r.returncode != 0:
        if not os.path.exists(bin_path):
            sys.exit(f"{script}: the build failed and there is no binary to measure")
        print(f"{script}: THE BUILD FAILED; measuring the existing {bin_path} instead", file=sys.stderr)
    elif not os.path.exists(bin_path):
        sys.exit(f"{script}: {bin_path} not found after the build")


def run_json(bin_path, command, path):
    """`plenary COMMAND PATH` read as JSON: (the value, None), or (None, the
    error plenary printed) when its output is not JSON."""
    r = subprocess.run([bin_path, command, path], capture_output=True, text=True)
    try:
        return json.loads(r.stdout), None
    except ValueError:
        return None, (r.stderr.strip() or f"exit {r.returncode}")[:300]


def nodes(tree):
    """Every object of a `plenary parse` JSON tree, depth first."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))
