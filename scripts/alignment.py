#!/usr/bin/env python3
"""Paragraph alignment check: both language versions of a document give the same numbered paragraphs.

usage: python3 scripts/alignment.py [--corpus ../shared/corpus]
           [--labels ../shared/corpus/labels/huridocs_paragraph_alignment_labels]
           [--bin target/release/plenary] [--no-build] [--json FILE]

Run from the repository root. For each of the four pairs covered by the
HURIDOCS paragraph alignment labels, `plenary parse` runs on both language
versions (read from the shared corpus, not copied), and the script counts the
`paragraph` blocks with a non-null `num` anywhere in the tree (top-level report
paragraphs and the operative paragraphs of resolutions alike).

The labels do not state a paragraph count; they align text segments. The
count they imply is the number of distinct paragraph numbers `N.` that begin
an aligned segment, in the main language of the label file; both label files
of a pair (en->xx and xx->en) are read and must agree. The numbers the labels
have and a version of ours lacks are listed (up to 15), and how many of our
numbered paragraphs no label number accounts for (repeated numbers, numbers
taken from footnotes or lists).

Exit status: 0 when every pair has equal counts in both versions, 1 otherwise.
"""

import argparse
import json
import os
import re
import sys

import plenary_cli

# label file stem -> (corpus file stem, the two languages)
PAIRS = [
    ("ohchr_1", "A_HRC_WG.6_34_ITA_3", ("en", "ru")),
    ("ohchr_2", "A_HRC_WG.6_7_ITA_1", ("en", "fr")),
    ("plan_1", "A_RES_48_246", ("en", "es")),
    ("plan_2", "A_RES_48_161", ("en", "fr")),
]

NUMBERED = re.compile(r"^\s*(\d+)\.\s")


def numbered_paragraphs(node, out):
    """Append the `num` of every paragraph block with a non-null num under node."""
    for n in plenary_cli.nodes(node):
        if n.get("type") == "paragraph" and n.get("num") is not None:
            out.append(str(n["num"]))
    return out


def parse(bin_path, path):
    doc, error = plenary_cli.run_json(bin_path, "parse", path)
    if error is not None:
        raise RuntimeError(f"plenary parse {path}: {error}")
    return doc


def label_numbers(labels_dir, stem, langs):
    """Distinct paragraph numbers per label file, keyed by the file's main language."""
    out = {}
    for a, b in (langs, langs[::-1]):
        path = os.path.join(labels_dir, f"{stem}_{a}_{b}.json")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        nums = set()
        for seg in data.get("paragraphs", []):
            m = NUMBERED.match(seg.get("main_language", ""))
            if m:
                nums.add(int(m.group(1)))
        out[a] = nums
    return out


def main():
    ap = argparse.ArgumentParser(
        description="Numbered paragraphs of both language versions of the four aligned documents.",
        usage="python3 scripts/alignment.py [--corpus DIR] [--labels DIR] [--bin PATH] [--no-build] [--json FILE]",
    )
    ap.add_argument("--corpus", default="../shared/corpus", help="folder of the *.txt documents (default: %(default)s)")
    ap.add_argument(
        "--labels",
        default="../shared/corpus/labels/huridocs_paragraph_alignment_labels",
        help="folder of the alignment label files (default: %(default)s)",
    )
    ap.add_argument("--bin", default="target/release/plenary", help="plenary binary (default: %(default)s)")
    ap.add_argument("--no-build", action="store_true", help="do not run cargo build first")
    ap.add_argument("--json", help="also write the table as JSON to this file")
    args = ap.parse_args()

    if not args.no_build:
        plenary_cli.build(args.bin, "alignment.py")

    rows = []
    for stem, doc, langs in PAIRS:
        ours = {}
        for lang in langs:
            path = os.path.join(args.corpus, f"{doc}.{lang}.txt")
            ours[lang] = numbered_paragraphs(parse(args.bin, path), [])
        labelled = label_numbers(args.labels, stem, langs)
        counts = {lang: len(nums) for lang, nums in labelled.items()}
        label_count = None
        if counts and len(set(counts.values())) == 1:
            label_count = next(iter(counts.values()))
        all_label_nums = set().union(*labelled.values()) if labelled else set()
        missing, extra = {}, {}
        for lang in langs:
            have = {int(n) for n in ours[lang] if n.isdigit()}
            missing[lang] = sorted(all_label_nums - have)
            # paragraphs of ours that no label number accounts for (repeats, footnote numbers, …)
            extra[lang] = len(ours[lang]) - len(have & all_label_nums)
        rows.append(
            {
                "document": doc.replace("_", "/"),
                "labels": stem,
                "languages": list(langs),
                "ours": {lang: len(ours[lang]) for lang in langs},
                "equal": len(ours[langs[0]]) == len(ours[langs[1]]),
                "labelCount": label_count,
                "labelCountByFile": counts,
                "labelNumbersMissingFromOurs": missing,
                "oursBeyondLabels": extra,
            }
        )

    print("| document | languages | ours (numbered paragraphs) | equal | labels imply | label numbers we lack | ours beyond the labels |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        a, b = r["languages"]
        lab = r["labelCount"] if r["labelCount"] is not None else f"disagree: {r['labelCountByFile']}"
        miss = "; ".join(
            f"{lang}: {len(m)}" + (f" ({', '.join(map(str, m[:15]))}{', …' if len(m) > 15 else ''})" if m else "")
            for lang, m in r["labelNumbersMissingFromOurs"].items()
        )
        print(
            f"| {r['document']} | {a}/{b} | {a} {r['ours'][a]}, {b} {r['ours'][b]} | "
            f"{'yes' if r['equal'] else 'NO'} | {lab} | {miss} | "
            f"{a}: {r['oursBeyondLabels'][a]}, {b}: {r['oursBeyondLabels'][b]} |"
        )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=2)
    sys.exit(0 if all(r["equal"] for r in rows) else 1)


if __name__ == "__main__":
    main()
