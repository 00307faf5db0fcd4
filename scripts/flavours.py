#!/usr/bin/env python3
"""Compares what plenary finds in every extraction flavour of the corpus
documents with their facts (corpus/facts/*.json, counted by reading).

    python3 scripts/flavours.py [--plenary target/release/plenary] [--markdown] [--by-kind] [-v]
                                [--docs all|shared|added]

For each facts file NAME.json it parses corpus/NAME.txt (the pdftotext
default text) and corpus/flavours/<flavour>/NAME.txt, runs `plenary stats`
on each, and compares ten fields with the facts. It prints the share of
fields that hold per flavour and per field (--markdown: the tables of
docs/accuracy.md), and with -v every miss; star notes (`starNotes`) are
counted apart. `--docs shared` keeps the 22 documents whose flavours came
from the shared corpus (listed in corpus/flavours/shared.txt, the set issue
14 measures), `--docs added` the documents the project added (issue 15). The comparison is the one of
crates/plenary/tests/facts.rs, which fails when a field that holds stops
holding (the ratchet of corpus/facts/misses.txt).
"""

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FLAVOURS = ["pdftotext", "pdftotext-layout", "pdftotext-raw", "pymupdf", "pdfminer", "no-form-feeds"]
FIELDS = [
    "symbol",
    "language",
    "title",
    "chapters",
    "paragraphs",
    "footnotes",
    "footnoteMarkers",
    "resolutions",
    "decisions",
    "agendaItems",
]


def norm_title(s):
    """A title as compared: NFC, one space, one kind of dash and quote, no
    stars or final period, case folded."""
    if s is None:
        return None
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u2010-\u2015\u2212-]", "-", s)
    s = re.sub(r"[\u2018\u2019\u201a\u201b`']", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e\u00ab\u00bb\"]", '"', s)
    s = re.sub(r"[*\u2217]", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\s+", " ", s).strip().rstrip(".").strip()
    return s.casefold()


def holds(field, facts, stats):
    """True when `stats` (plenary's) agrees with `facts` on `field`."""
    if field == "title":
        want = norm_title(facts.get("title"))
        title = norm_title(stats.get("title"))
        both = norm_title(" ".join(x for x in (stats.get("title"), stats.get("subtitle")) if x))
        return want == title or (want is not None and want == both)
    if field == "chapters":
        return stats["chapters"] == facts.get("chapters", 0) + facts.get("annexChapters", 0)
    if field == "resolutions":
        want = facts.get("resolutions") or []
        got = stats.get("resolutions") or []
        if len(want) != len(got):
            return False
        for w, g in zip(want, got):
            if (w.get("number") or None) != (g.get("number") or None):
                return False
            for k in ("preambular", "operative"):
                if w.get(k) is not None and w[k] != g.get(k):
                    return False
        return True
    if field == "decisions":
        want = [d for d in (facts.get("decisions") or [])]
        # A draft's decision has no number yet: empty in the stats, null in the facts.
        got = [d.get("number") or None for d in (stats.get("decisions") or [])]
        return want == got
    if field == "agendaItems":
        return [re.sub(r"\s+", " ", a) for a in facts.get("agendaItems") or []] == [
            re.sub(r"\s+", " ", a) for a in stats.get("agendaItems") or []
        ]
    return facts.get(field) == stats.get(field)


def show(field, doc):
    v = doc.get(field)
    if field == "resolutions" and v:
        return [(r.get("number"), r.get("preambular"), r.get("operative")) for r in v]
    if field == "decisions" and v and isinstance(v[0], dict):
        return [d.get("number") for d in v]
    if field == "chapters" and "annexChapters" in doc:
        return f"{doc['chapters']}+{doc['annexChapters']}"
    return v


def kind_of(facts):
    """The kind of document the facts give, or, for the facts that predate
    the field, the kind its symbol says (RES, DEC, L. or a report)."""
    if facts.get("kind"):
        return facts["kind"]
    symbol = facts.get("symbol") or ""
    if "/RES/" in symbol:
        return "resolution"
    if "/DEC/" in symbol:
        return "decision"
    if "/L." in symbol:
        return "draft-resolution"
    return "report"


def path_of(name, flavour):
    if flavour == "pdftotext":
        return CORPUS / f"{name}.txt"
    return CORPUS / "flavours" / flavour / f"{name}.txt"


def stats_of(plenary, path):
    out = subprocess.run([plenary, "stats", str(path)], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise SystemExit(f"{plenary} stats {path} failed: {out.stderr}")
    return json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--plenary", default=str(ROOT / "target/release/plenary"))
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--by-kind", action="store_true", help="tables by kind of document and by language")
    ap.add_argument("-v", action="store_true")
    ap.add_argument(
        "--docs",
        choices=["all", "shared", "added"],
        default="all",
        help="the shared corpus's 22 documents (corpus/flavours/shared.txt), the added ones, or all",
    )
    args = ap.parse_args()
    facts_files = sorted((CORPUS / "facts").glob("*.json"))
    shared = set((CORPUS / "flavours" / "shared.txt").read_text(encoding="utf-8").split())
    if args.docs != "all":
        facts_files = [f for f in facts_files if (f.stem in shared) == (args.docs == "shared")]
    if not facts_files:
        raise SystemExit("no corpus/facts/*.json")
    per = {f: {k: [0, 0] for k in FIELDS} for f in FLAVOURS}
    groups = {}  # ("kind" | "language", value) -> flavour -> [ok, n], and documents
    misses = []
    # Star notes, counted apart from the ten fields: texts whose `starNotes`
    # equals the facts'.
    stars = [0, 0]
    for ff in facts_files:
        facts = json.loads(ff.read_text(encoding="utf-8"))
        name = ff.stem
        for flavour in FLAVOURS:
            p = path_of(name, flavour)
            if not p.exists():
                continue
            stats = stats_of(args.plenary, p)
            if "starNotes" in facts:
                stars[0] += stats.get("starNotes") == facts["starNotes"]
                stars[1] += 1
            for field in FIELDS:
                ok = holds(field, facts, stats)
                per[flavour][field][0] += ok
                per[flavour][field][1] += 1
                for key in (("kind", kind_of(facts)), ("language", facts.get("language") or "?")):
                    g = groups.setdefault(key, {"docs": set()})
                    g.setdefault(flavour, [0, 0])
                    g[flavour][0] += ok
                    g[flavour][1] += 1
                    g["docs"].add(name)
                if not ok:
                    misses.append((flavour, name, field, show(field, facts), show(field, stats)))
    if args.by_kind:
        for axis in ("kind", "language"):
            print(f"| {axis} | documents | " + " | ".join(f"`{f}`" for f in FLAVOURS) + " |")
            print("|---|---|" + "---|" * len(FLAVOURS))
            for (a, value), g in sorted(groups.items()):
                if a != axis:
                    continue
                cells = []
                for flavour in FLAVOURS:
                    ok, n = g.get(flavour, [0, 0])
                    cells.append(f"{100 * ok / n:.1f} %" if n else "—")
                print(f"| {value} | {len(g['docs'])} | " + " | ".join(cells) + " |")
            print()
        return 0
    if args.v:
        for flavour, name, field, want, got in misses:
            print(f"  {flavour}/{name} {field}: facts {str(want)[:70]} | plenary {str(got)[:70]}")
    if args.markdown:
        print("| flavour | fields that hold | share |")
        print("|---|---|---|")
    total = [0, 0]
    for flavour in FLAVOURS:
        ok = sum(v[0] for v in per[flavour].values())
        n = sum(v[1] for v in per[flavour].values())
        total[0] += ok
        total[1] += n
        if n == 0:
            continue
        if args.markdown:
            print(f"| `{flavour}` | {ok}/{n} | {100 * ok / n:.1f} % |")
        else:
            print(f"{flavour:18} {ok}/{n} fields hold ({100 * ok / n:.1f}%)")
    if args.markdown:
        print()
        print("| field | " + " | ".join(f"`{f}`" for f in FLAVOURS) + " |")
        print("|---|" + "---|" * len(FLAVOURS))
        for field in FIELDS:
            cells = []
            for flavour in FLAVOURS:
                ok, n = per[flavour][field]
                cells.append(f"{ok}/{n}" if n else "")
            print(f"| {field} | " + " | ".join(cells) + " |")
        print()
        print(f"Star notes (`starNotes`, apart from the ten fields): {stars[0]}/{stars[1]} texts.")
    else:
        print(f"{'all':18} {total[0]}/{total[1]} fields hold ({100 * total[0] / max(total[1], 1):.1f}%)")
        print(f"{'starNotes':18} {stars[0]}/{stars[1]} texts (apart from the ten fields)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
