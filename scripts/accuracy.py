#!/usr/bin/env python3
"""First-page benchmark: `plenary stats` against the HURIDOCS answer keys.

usage: python3 scripts/accuracy.py --labels ../shared/corpus/labels/huridocs_ML-Benchmarks_HRC_first_pages
           [--bin target/release/plenary] [--no-build] [--jobs N]
           [--failures target/accuracy/failures.md] [--examples 10] [--json FILE]

Run from the repository root. The labels are read where they are (they are
data of others and are not copied into the repository). Each first-page text
is written to a temporary file and summarised by `plenary batch --jsonl` (or,
when the binary has no `batch` command, by one `plenary stats` per page run in
parallel). Three figures are printed:

  symbol        our `symbol` equals the label after trimming. The labels write
                most symbols without their `A/HRC/` prefix (`40/78`); such a
                label is read as `A/HRC/40/78`.
  title         our `title`, joined with our `subtitle` by ` - ` when there is
                one, equals the label with its leading short symbol (`40/78: `)
                removed, both after folding white space to single spaces and
                dropping `*`, compared without regard to case (see below).
  agenda items  our `agendaItems` equal the label's `Item N` numbers, compared
                as multisets (the labels list the items of `Agenda items 3, 4,
                7, 9 and 10` in shuffled orders), over the 2,186 pages labelled.

Case: the labels re-case some printed ALL-CAPS titles of the 2009 layout
(`REPORT OF THE WORKING GROUP ...` labelled `Report of the Working Group ...`);
the parser must keep the printed text, so the headline title figure ignores
case. The case-sensitive figure is printed too.

The failures file groups every miss by kind with up to --examples examples
(label vs ours) per kind; a kind whose name ends in `(label not in text)` holds
the title misses where the label does not match the printed text at all,
which no parser can get right; `(label not in masthead)` the symbol misses
whose label is not among the first 400 characters of the page (a label that
disagrees with the printed symbol). Each example shows the page's first 400
characters.
"""

import argparse
import collections
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import plenary_cli

SYMBOL_FILE = "rightstaging_symbol.labels.json"
TITLE_FILE = "rightstaging_title.labels.json"
AGENDA_FILE = "rightstaging_agenda_item.labels.json"

# `40/78: `, `38/44/Add.5: `, `S-22/4: `, `21/49 ` (a few labels have no colon).
TITLE_PREFIX = re.compile(r"^(?:A/HRC/)?[^\s:]*\d[^\s:]*:?\s+")
# Where the masthead is: a symbol label not found this early is not the printed one.
SNIPPET = 400
ITEM = re.compile(r"^\s*Item\s+(\S+)\s*$")


def fold(s):
    """White space folded to single spaces, `*` dropped, trimmed."""
    if s is None:
        return None
    return re.sub(r"\s+", " ", s.replace("*", "")).strip()


def no_dashes(s):
    """Lower-case text without hyphens, dashes or spaces: `Secretary-\nGeneral` vs `SecretaryGeneral`."""
    return re.sub(r"[\s\-\u2010-\u2015\u2212]+", "", s)


def joined(s):
    """Title and subtitle joined by a space instead of ` - `."""
    return re.sub(r"\s+", " ", s.replace(" - ", " ")).strip()


def label_symbol(label):
    label = label.strip()
    return label if label.startswith("A/") else "A/HRC/" + label


def label_title(label):
    return fold(TITLE_PREFIX.sub("", label, count=1))


def label_items(label):
    out = []
    for item in label:
        m = ITEM.match(item)
        out.append(m.group(1) if m else item.strip())
    return out


def our_title(stats):
    title, subtitle = fold(stats.get("title")), fold(stats.get("subtitle"))
    if not title:
        return None
    return title + " - " + subtitle if subtitle else title


def our_items(stats):
    items = []
    for item in stats.get("agendaItems") or []:
        if isinstance(item, dict):
            item = item.get("number") or item.get("num") or json.dumps(item)
        items.append(str(item).strip())
    return items


def has_batch(bin_path):
    r = subprocess.run([bin_path, "batch", "--help"], capture_output=True, text=True)
    return r.returncode == 0 and "--jsonl" in r.stdout


def stats_one(bin_path, path):
    stats, error = plenary_cli.run_json(bin_path, "stats", path)
    return stats if error is None else {"error": error}


def run_stats(bin_path, texts, jobs):
    """texts: list of str. Returns a list of stats dicts, one per text."""
    results = [None] * len(texts)
    with tempfile.TemporaryDirectory(prefix="plenary-accuracy-") as tmp:
        paths = []
        for i, text in enumerate(texts):
            p = os.path.join(tmp, f"{i:05d}.txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(text)
            paths.append(p)
        if has_batch(bin_path):
            cmd = [bin_path, "batch", "--jsonl", tmp]
            if jobs:
                cmd += ["--jobs", str(jobs)]
            r = subprocess.run(cmd, capture_output=True, text=True)
            for line in r.stdout.splitlines():
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                name = os.path.basename(obj.get("file", ""))
                if re.fullmatch(r"\d{5}\.txt", name):
                    results[int(name[:5])] = obj
            mode = "plenary batch --jsonl"
        else:
            mode = "plenary stats, one process per page"
        missing = [i for i, r in enumerate(results) if r is None]
        if missing:
            if mode.startswith("plenary batch"):
                mode += f" (+ {len(missing)} pages by plenary stats)"
            with concurrent.futures.ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 2) as ex:
                for i, res in zip(missing, ex.map(lambda i: stats_one(bin_path, paths[i]), missing)):
                    results[i] = res
    return results, mode


class Failures:
    def __init__(self):
        self.kinds = collections.OrderedDict()

    def add(self, field, kind, example):
        self.kinds.setdefault((field, kind), []).append(example)

    def write(self, path, examples, header):
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(header)
            for field in ("symbol", "title", "agenda items"):
                kinds = [(k, v) for k, v in self.kinds.items() if k[0] == field]
                kinds.sort(key=lambda kv: -len(kv[1]))
                f.write(f"\n## {field}\n")
                if not kinds:
                    f.write("\nno failures\n")
                for (_, kind), exs in kinds:
                    f.write(f"\n### {kind}: {len(exs)}\n\n")
                    for ex in exs[:examples]:
                        f.write(f"- page {ex['page']}: {ex['symbol']}\n")
                        f.write(f"  - label: {json.dumps(ex['label'], ensure_ascii=False)}\n")
                        f.write(f"  - ours:  {json.dumps(ex['ours'], ensure_ascii=False)}\n")
                        f.write(f"  - text:  {json.dumps(ex['start'], ensure_ascii=False)}\n")

    def summary(self):
        return sorted(((f, k, len(v)) for (f, k), v in self.kinds.items()), key=lambda t: -t[2])


def pct(n, d):
    return 100.0 * n / d if d else 0.0


def main():
    ap = argparse.ArgumentParser(
        description="First-page benchmark of plenary stats against the HURIDOCS HRC labels.",
        usage="python3 scripts/accuracy.py --labels ../shared/corpus/labels/huridocs_ML-Benchmarks_HRC_first_pages [options]",
    )
    ap.add_argument("--labels", required=True, help="directory holding the rightstaging_*.labels.json files")
    ap.add_argument("--bin", default="target/release/plenary", help="plenary binary (default: %(default)s)")
    ap.add_argument("--no-build", action="store_true", help="do not run cargo build first")
    ap.add_argument("--jobs", type=int, default=0, help="parallel workers (default: one per core)")
    ap.add_argument("--failures", default="target/accuracy/failures.md", help="failures file (default: %(default)s)")
    ap.add_argument("--examples", type=int, default=10, help="examples per failure kind (default: %(default)s)")
    ap.add_argument("--json", help="also write the figures and failure counts as JSON to this file")
    args = ap.parse_args()

    def load(name):
        with open(os.path.join(args.labels, name), encoding="utf-8") as f:
            return json.load(f)

    sym_labels, title_labels, agenda_labels = load(SYMBOL_FILE), load(TITLE_FILE), load(AGENDA_FILE)

    if not args.no_build:
        plenary_cli.build(args.bin, "accuracy.py")
    elif not os.path.exists(args.bin):
        sys.exit(f"accuracy.py: {args.bin} not found (drop --no-build to build it)")

    # The three files share their texts; parse each distinct text once.
    index, texts = {}, []
    for rec in sym_labels + title_labels + agenda_labels:
        if rec["text"] not in index:
            index[rec["text"]] = len(texts)
            texts.append(rec["text"])

    t0 = time.time()
    stats, mode = run_stats(args.bin, texts, args.jobs)
    elapsed = time.time() - t0
    errors = sum(1 for s in stats if "error" in s)

    fails = Failures()

    def example(i, label, ours):
        return {
            "page": i,
            "symbol": label_symbol(sym_of.get(i, "?")),
            "label": label,
            "ours": ours,
            "start": texts[i][:SNIPPET],
        }

    sym_of = {}
    for rec in sym_labels:
        sym_of.setdefault(index[rec["text"]], rec["label"])

    # Symbol.
    sym_ok = 0
    for rec in sym_labels:
        i = index[rec["text"]]
        want, got = label_symbol(rec["label"]), stats[i].get("symbol")
        got = got.strip() if isinstance(got, str) else got
        if got == want:
            sym_ok += 1
            continue
        in_text = want in rec["text"][:SNIPPET]
        if "error" in stats[i]:
            kind = "plenary failed"
            got = stats[i]["error"]
        elif not got:
            kind = "symbol missing"
        elif want.startswith(got):
            kind = "symbol truncated (ours is a prefix of the label)"
        elif got.startswith(want):
            kind = "symbol too long (the label is a prefix of ours)"
        else:
            kind = "symbol wrong"
        if not in_text:
            kind += " (label not in masthead)"
        fails.add("symbol", kind, example(i, want, got))

    # Title + subtitle.
    title_ok = title_ok_cs = title_in_text = title_ok_in_text = 0
    causes = collections.Counter()
    title_lenient = 0
    for rec in title_labels:
        i = index[rec["text"]]
        want = label_title(rec["label"])
        got = our_title(stats[i])
        text = fold(rec["text"]).lower()
        in_text = all(part.lower() in text for part in want.split(" - "))
        title_in_text += in_text
        if got is not None and got == want:
            title_ok_cs += 1
        t_only = fold(stats[i].get("title"))
        if (got is not None and got.lower() == want.lower()) or (
            " - " not in want and t_only and t_only.lower() == want.lower()
        ):
            title_lenient += 1
        if got is not None and got.lower() == want.lower():
            title_ok += 1
            title_ok_in_text += in_text
            continue
        t, st = fold(stats[i].get("title")), fold(stats[i].get("subtitle"))
        wl = want.lower()
        # Why the miss: the label does not match the page, or leaves out the
        # subtitle printed under a title we read as it is, or joins title and
        # subtitle by a space where we split them (or the reverse), or ours.
        if not in_text:
            causes["label not in the printed text"] += 1
        elif t and st and t.lower() == wl:
            causes["label leaves out the printed subtitle (our title equals the label)"] += 1
        elif got and joined(got.lower()) == joined(wl):
            causes["label and ours split title and subtitle differently (same words)"] += 1
        else:
            causes["ours wrong"] += 1
        gl = (got or "").lower()
        if "error" in stats[i]:
            kind = "plenary failed"
            got = stats[i]["error"]
        elif not t:
            kind = "title missing"
        elif joined(gl) == joined(wl):
            kind = "title and subtitle run together (no split where the label has ` - `)"
        elif no_dashes(gl) == no_dashes(wl) and gl.count(" - ") == wl.count(" - "):
            kind = "differs only in hyphens, dashes or spacing"
        elif no_dashes(gl) == no_dashes(wl):
            kind = "title and subtitle run together, and hyphens or dashes differ"
        elif joined(gl).startswith(joined(wl)):
            kind = "title runs on past the label (into the lines that follow)"
        elif wl.startswith(t.lower() + " - ") and not st:
            kind = "title right, subtitle missing"
        elif wl.startswith(t.lower() + " - "):
            kind = "title right, subtitle wrong"
        elif wl == t.lower() and st:
            kind = "title right, subtitle extra (the label has none)"
        elif wl.startswith(t.lower()):
            kind = "title truncated (ours is a prefix of the label's title)"
        elif t.lower().startswith(wl.split(" - ")[0]):
            kind = "title too long (runs past the label's title)"
        else:
            kind = "title wrong"
        if not in_text:
            kind += " (label not in text)"
        fails.add("title", kind, example(i, want, got if isinstance(got, str) else {"title": t, "subtitle": st}))

    # Agenda items.
    agenda_ok = 0
    for rec in agenda_labels:
        i = index[rec["text"]]
        want = label_items(rec["label"])
        got = our_items(stats[i])
        if sorted(got) == sorted(want):
            agenda_ok += 1
            continue
        if "error" in stats[i]:
            kind, got = "plenary failed", stats[i]["error"]
        elif not got:
            kind = "agenda items missing"
        elif not want:
            kind = "agenda items extra (the label has none)"
        elif set(got) < set(want):
            kind = "agenda items incomplete (ours a subset)"
        elif set(got) > set(want):
            kind = "agenda items too many (ours a superset)"
        else:
            kind = "agenda items wrong"
        fails.add("agenda items", kind, example(i, want, got))

    n_sym, n_title, n_agenda = len(sym_labels), len(title_labels), len(agenda_labels)
    figures = {
        "date": time.strftime("%Y-%m-%d"),
        "pages": len(texts),
        "mode": mode,
        "seconds": round(elapsed, 1),
        "plenaryFailures": errors,
        "symbol": {"right": sym_ok, "labelled": n_sym, "percent": round(pct(sym_ok, n_sym), 2), "target": 99},
        "title": {
            "right": title_ok,
            "labelled": n_title,
            "percent": round(pct(title_ok, n_title), 2),
            "target": 85,
            "caseSensitiveRight": title_ok_cs,
            "labelsMatchingText": title_in_text,
            "rightOfLabelsMatchingText": title_ok_in_text,
            "missesByCause": dict(causes.most_common()),
            "rightWhenALabelWithoutSubtitleIsComparedWithOurTitle": title_lenient,
        },
        "agendaItems": {"right": agenda_ok, "labelled": n_agenda, "percent": round(pct(agenda_ok, n_agenda), 2), "target": 95},
        "failures": [{"field": f, "kind": k, "count": c} for f, k, c in fails.summary()],
    }

    def line(name, right, total, target):
        mark = "ok" if pct(right, total) >= target else "below target"
        return f"{name:<13} {right:>5} / {total:<5} {pct(right, total):6.2f} %   (target {target} %: {mark})"

    lines = [
        f"pages: {len(texts)} distinct first-page texts, parsed in {elapsed:.1f} s by {mode}; plenary failed on {errors}",
        line("symbol", sym_ok, n_sym, 99),
        line("title", title_ok, n_title, 85),
        f"{'':<13} case-sensitive: {title_ok_cs} ({pct(title_ok_cs, n_title):.2f} %); "
        f"labels matching the printed text: {title_in_text}, of which right: {title_ok_in_text} "
        f"({pct(title_ok_in_text, title_in_text):.2f} %)",
        line("agenda items", agenda_ok, n_agenda, 95),
        f"title, a label with no ` - ` compared with our title alone (not the issue's measure): "
        f"{title_lenient} ({pct(title_lenient, n_title):.2f} %)",
        "title misses by cause:",
    ] + [f"  {n:>5}  {cause}" for cause, n in causes.most_common()]
    print("\n".join(lines))

    header = (
        f"# First-page benchmark failures ({figures['date']})\n\n"
        f"`python3 scripts/accuracy.py --labels {args.labels}`\n\n```\n" + "\n".join(lines) + "\n```\n"
    )
    fails.write(args.failures, args.examples, header)
    print(f"failures by kind: {args.failures}")
    for f, k, c in fails.summary()[:12]:
        print(f"  {c:>5}  {f}: {k}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(figures, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
