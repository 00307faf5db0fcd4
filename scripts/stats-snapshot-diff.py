#!/usr/bin/env python3
"""Summarise pending insta snapshots of `plenary stats` (corpus_stats): for each
.snap.new next to its .snap, print the keys whose values changed.

usage: python3 scripts/stats-snapshot-diff.py [crates/plenary/tests/snapshots]
"""
import glob
import json
import os
import sys


def body(path):
    with open(path, encoding="utf-8") as f:
        return json.loads(f.read().split("---\n", 2)[2])


def brief(d):
    keys = ("number", "preambular", "operative", "draft", "adopted")
    return [tuple(x.get(k) for k in keys if k in x) for x in d]


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "crates/plenary/tests/snapshots"
    for new in sorted(glob.glob(os.path.join(folder, "corpus_stats*.snap.new"))):
        old_path = new[: -len(".new")]
        after = body(new)
        before = body(old_path) if os.path.exists(old_path) else {}
        changes = {}
        for k in sorted(set(before) | set(after)):
            b, a = before.get(k), after.get(k)
            if k in ("resolutions", "decisions"):
                b, a = brief(b or []), brief(a or [])
            if b != a:
                changes[k] = (b, a)
        name = os.path.basename(new).split("@", 1)[-1].split(".txt")[0]
        print(f"{name}:")
        for k, (b, a) in changes.items():
            print(f"    {k}: {b!r:.140} -> {a!r:.140}")


if __name__ == "__main__":
    main()
