#!/usr/bin/env python3
"""Per-document table of the shared corpus: symbol, language, unrecognized bytes, counts.

usage: python3 scripts/corpus_table.py [--corpus ../shared/corpus] [--bin target/release/plenary]
           [--no-build] [--json FILE]

Run from the repository root. For every *.txt of the corpus folder, runs
`plenary stats` and `plenary parse` and prints a Markdown table:

  symbol expected  the file name before the language, `_` read as `/`, except
                   for the documents whose symbol is not printed in the text
                   (the corpus README: the Charter has none; the UDHR's
                   A/RES/217(III) A, CEDAW/C/GC/38 and CCPR/C/37/D/369/1989
                   are not in their texts; the draft A/C.3/56/L.?? lost its
                   symbol line): there no symbol is expected (`—`).
  language         expected from the file name, found by detection.
  unrecognized     `unrecognizedBytes` / file size, in per cent (the bar is 2 %).
  paragraphs, footnotes, chapters  from `plenary stats`; from `plenary parse`,
                   articles counts the sections of level `article`, and
                   unnumbered paragraphs the `paragraph` blocks with a null
                   `num` (where text the grammar did not structure ends up, so
                   a high count with 0 % unrecognized still means work to do).

Then a summary: symbols right, languages right, documents under 2 %
unrecognized, the Charter's chapters and articles per language.
"""

import argparse
import concurrent.futures
import glob
import json
import os
import sys

import plenary_cli

# file stem -> the symbol the README gives, for documents whose text does not print it
NOT_PRINTED = {
    "A_C.3_56_L.xx_UNDL453500": "A/C.3/56/L.??, its symbol line is missing from the source",
    "A_RES_217_III_UDHR": "A/RES/217(III) A, not printed in the text",
    "CCPR_C_37_D_369_1989": "CCPR/C/37/D/369/1989, not printed in the OCR text",
    "CEDAW_C_GC_38": "CEDAW/C/GC/38, no header block in the text",
    "UN_Charter": "the Charter has no symbol",
}


def expected_symbol(stem):
    if stem in NOT_PRINTED:
        return None
    return stem.replace("_", "/")


def count_blocks(node, counts):
    """counts["articles"]: sections of level article; counts["unnumbered"]: paragraphs with a null num."""
    for n in plenary_cli.nodes(node):
        if n.get("type") == "section" and n.get("level") == "article":
            counts["articles"] += 1
        if n.get("type") == "paragraph" and n.get("num") is None:
            counts["unnumbered"] += 1
    return counts


def measure(bin_path, path):
    out = {"file": os.path.basename(path), "size": os.path.getsize(path)}
    stats, error = plenary_cli.run_json(bin_path, "stats", path)
    if error is not None:
        out["error"] = error
        return out
    out["stats"] = stats
    doc, error = plenary_cli.run_json(bin_path, "parse", path)
    if error is None:
        out.update(count_blocks(doc.get("body"), {"articles": 0, "unnumbered": 0}))
    else:
        out.update(articles=None, unnumbered=None)
    return out


def main():
    ap = argparse.ArgumentParser(
        description="Per-document table of plenary's results on the shared corpus.",
        usage="python3 scripts/corpus_table.py [--corpus DIR] [--bin PATH] [--no-build] [--json FILE]",
    )
    ap.add_argument("--corpus", default="../shared/corpus", help="folder of the *.txt documents (default: %(default)s)")
    ap.add_argument("--bin", default="target/release/plenary", help="plenary binary (default: %(default)s)")
    ap.add_argument("--no-build", action="store_true", help="do not run cargo build first")
    ap.add_argument("--json", help="also write the rows as JSON to this file")
    args = ap.parse_args()

    if not args.no_build:
        plenary_cli.build(args.bin, "corpus_table.py")

    paths = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    if not paths:
        sys.exit(f"corpus_table.py: no *.txt in {args.corpus}")
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        rows = list(ex.map(lambda p: measure(args.bin, p), paths))

    print(
        "| file | symbol expected | symbol found | | language expected | found | | unrecognized | "
        "paragraphs | unnumbered paragraphs | footnotes | chapters | articles | unresolved refs |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    sym_ok = sym_total = lang_ok = under2 = 0
    charter = {}
    for row in rows:
        name = row["file"]
        stem, lang = name[: -len(".txt")].rsplit(".", 1)
        want = expected_symbol(stem)
        if "error" in row:
            print(f"| `{name}` | {want or '—'} | plenary failed: {row['error']} | ✗ | {lang} | | ✗ | | | | | | | |")
            row.update(symbolExpected=want, symbolOk=False, languageOk=False)
            sym_total += 1
            continue
        s = row["stats"]
        got = s.get("symbol")
        ok_sym = got == want
        sym_ok += ok_sym
        sym_total += 1
        found_lang = s.get("language")
        ok_lang = found_lang == lang
        lang_ok += ok_lang
        share = 100.0 * s.get("unrecognizedBytes", 0) / row["size"] if row["size"] else 0.0
        under2 += share < 2.0
        row.update(symbolExpected=want, symbolOk=ok_sym, languageOk=ok_lang, unrecognizedPercent=round(share, 2))
        if stem == "UN_Charter":
            charter[lang] = (s.get("chapters"), row.get("articles"))
        want_cell = want if want else f"— ({NOT_PRINTED[stem]})"
        print(
            f"| `{name}` | {want_cell} | {got or '—'} | {'✓' if ok_sym else '✗'} | {lang} | {found_lang or '—'} | "
            f"{'✓' if ok_lang else '✗'} | {share:.2f} % | {s.get('paragraphs')} | {row.get('unnumbered')} | {s.get('footnotes')} | "
            f"{s.get('chapters')} | {row.get('articles')} | {s.get('unresolvedReferences')} |"
        )
    n = len(rows)
    print()
    print(f"- symbol right: {sym_ok} / {sym_total} (a `—` expected symbol is right when none is found)")
    print(f"- language right: {lang_ok} / {n}")
    print(f"- under 2 % of bytes unrecognized: {under2} / {n}")
    if charter:
        cells = ", ".join(f"{lang} {c} chapters / {a} articles" for lang, (c, a) in sorted(charter.items()))
        print(f"- the Charter (19 chapters, 111 articles expected): {cells}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
