#!/usr/bin/env bash
# The goals of docs/performance.md, measured side by side in one run:
#   1. `wc -l` and `plenary stats` on a 100 MB concatenation of the reference
#      report, their ratio (goal: at most 30) and plenary's whole-process MB/s;
#   2. plenary's peak memory on 10 MB and 100 MB (goal: at most 4 times the
#      input plus 10 MB);
#   3. the full parse in memory on 100 MB, from criterion's `parse` group
#      (goal: at least 300 MB/s on one core);
#   4. `plenary render --to json` of the reference report (goal: under 5 ms);
#   5. bluebell-akn-rs, the fastest peer measured, on the same text, where
#      Python 3.12 is available (skipped with a message where it is not).
#
# Usage: docs/perf-compare.sh
#   RUNS=5      runs of each whole-process timing (best of; default 3)
#   BENCH=0     skip the criterion bench (it builds the benches, about 3 to 5
#               minutes the first time, then takes about a minute)
#   BLUEBELL=0  skip bluebell-akn-rs; BLUEBELL_MB=10 sets the size it parses
#               (default 10: it runs at about 10 MB/s)
# Needs bash, bc, cargo; uses /usr/bin/time (GNU time) and hyperfine where
# installed. Every input is made in target/perf/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${RUNS:-3}"
report=corpus/CTOC_COP_2012_15.fr.txt
perf=target/perf
mkdir -p "$perf"

cargo build --release -p plenary-cli --quiet
plenary=target/release/plenary

# concat MB: whole copies of the reference report until at least MB * 10^6
# bytes, as the benches make it (875 copies for 100 MB); prints the path.
concat() {
    local mb=$1 file="$perf/CTOC_COP_2012_15.fr.$1MB.txt"
    if [ ! -s "$file" ] || [ "$(stat -c %s "$file")" -lt $((mb * 1000000)) ]; then
        : >"$file"
        while [ "$(stat -c %s "$file")" -lt $((mb * 1000000)) ]; do cat "$report" >>"$file"; done
    fi
    echo "$file"
}
big=$(concat 100)
ten=$(concat 10)
bytes=$(stat -c %s "$big")
mb=$(echo "$bytes / 1000000" | bc -l)
cat "$big" "$ten" >/dev/null # into the page cache, so every command reads from memory

# best_of COMMAND…: the shortest wall time of $runs runs, in seconds.
best_of() {
    local best="" t0 t1 t
    for _ in $(seq "$runs"); do
        t0=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        t1=$(date +%s.%N)
        t=$(echo "$t1 - $t0" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

verdict() { if [ "$(echo "$1" | bc -l)" = 1 ]; then echo "met"; else echo "NOT MET"; fi; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load: $(cut -d' ' -f1-3 /proc/loadavg)"
if commit=$(git rev-parse --short HEAD 2>/dev/null); then
    git diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
else
    commit=unknown
fi
echo "commit:  $commit"
echo "input:   $big, $bytes bytes"
echo

# 1. Whole process against wc -l.
wc_s=$(best_of wc -l "$big")
stats_s=$(best_of "$plenary" stats "$big")
ratio=$(echo "$stats_s / $wc_s" | bc -l)
printf 'wc -l:            %8.3f s   (best of %d)\n' "$wc_s" "$runs"
printf 'plenary stats:    %8.3f s   (best of %d; whole process %.1f MB/s)\n' "$stats_s" "$runs" "$(echo "$mb / $stats_s" | bc -l)"
printf 'ratio:            %8.1f x   (goal: at most 30; %s)\n' "$ratio" "$(verdict "$ratio <= 30")"

# 2. Peak memory (maximum resident set size, KiB from GNU time).
if [ -x /usr/bin/time ]; then
    for file in "$ten" "$big"; do
        in_mb=$(echo "$(stat -c %s "$file") / 1000000" | bc -l)
        rss_kb=$(/usr/bin/time -f '%M' "$plenary" stats "$file" 2>&1 >/dev/null | tail -n1)
        rss_mb=$(echo "$rss_kb * 1024 / 1000000" | bc -l)
        bound=$(echo "4 * $in_mb + 10" | bc -l)
        printf 'peak memory %3.0f MB: %6.1f MB (%.2f x the input; goal: at most 4 x + 10 MB = %.1f MB; %s)\n' \
            "$in_mb" "$rss_mb" "$(echo "$rss_mb / $in_mb" | bc -l)" "$bound" "$(verdict "$rss_mb <= $bound")"
    done
else
    echo "peak memory: skipped (/usr/bin/time, GNU time, is not installed)"
fi

# 3. The full parse in memory, from criterion (Throughput::Bytes).
if [ "${BENCH:-1}" != 0 ]; then
    echo "criterion: PLENARY_BENCH_FULL=1 cargo bench -p plenary-benches --bench parse -- concatenation/100MB"
    PLENARY_BENCH_FULL=1 cargo bench -p plenary-benches --bench parse --quiet -- concatenation/100MB \
        2>/dev/null | grep -E 'time:|thrpt:' | sed 's/^ */           /'
    est=target/criterion/parse/concatenation/100MB/new/estimates.json
    if [ -s "$est" ]; then
        # The median's point estimate, in nanoseconds.
        ns=$(tr -d ' \n' <"$est" | sed 's/.*"median":{[^}]*}[^}]*"point_estimate":\([0-9.e+-]*\).*/\1/')
        mbs=$(echo "$bytes / ($ns / 1000000000) / 1000000" | bc -l)
        printf 'parse in memory:  %8.1f MB/s (criterion median, 100 MB; goal: at least 300; %s)\n' \
            "$mbs" "$(verdict "$mbs >= 300")"
    else
        echo "parse in memory:  no criterion result in $est"
    fi
else
    echo "parse in memory:  skipped (BENCH=0)"
fi

# 4. JSON render of the reference report.
if command -v hyperfine >/dev/null; then
    json=$(hyperfine -N --style none --warmup 10 --runs 100 --export-json /dev/stdout \
        "$plenary render $report --to json" 2>/dev/null | tr -d ' \n')
    mean=$(echo "$json" | sed 's/.*"mean":\([0-9.e+-]*\).*/\1/')
    min=$(echo "$json" | sed 's/.*"min":\([0-9.e+-]*\).*/\1/')
    printf 'render --to json: %8.2f ms mean, %.2f ms best (hyperfine, 100 runs, reference report; goal: under 5 ms; %s)\n' \
        "$(echo "$mean * 1000" | bc -l)" "$(echo "$min * 1000" | bc -l)" "$(verdict "$mean < 0.005")"
else
    runs=20
    render_s=$(best_of "$plenary" render "$report" --to json)
    printf 'render --to json: %8.2f ms (best of 20, reference report; goal: under 5 ms; %s)\n' \
        "$(echo "$render_s * 1000" | bc -l)" "$(verdict "$render_s < 0.005")"
fi

# 5. bluebell-akn-rs (Python 3.12 or later), in a venv under target/perf.
if [ "${BLUEBELL:-1}" = 0 ]; then
    echo "bluebell-akn-rs:  skipped (BLUEBELL=0)"
    exit 0
fi
py=""
for candidate in python3.14 python3.13 python3.12 python3; do
    if command -v "$candidate" >/dev/null &&
        "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
        py=$(command -v "$candidate")
        break
    fi
done
if [ -z "$py" ] && command -v uv >/dev/null; then
    py=$(uv python find '>=3.12' 2>/dev/null || true)
fi
if [ -z "$py" ]; then
    echo "bluebell-akn-rs:  skipped (it needs Python 3.12 or later; found $(python3 --version 2>&1 || echo 'no python3'))"
    exit 0
fi
venv="$perf/bluebell-venv"
if [ ! -x "$venv/bin/python" ]; then
    "$py" -m venv "$venv"
    # bluebell-akn-rs is the Rust parser of bluebell-akn, which holds the
    # Python API (and cobalt) used below.
    "$venv/bin/pip" install --quiet bluebell-akn bluebell-akn-rs
fi
bb_file=$(concat "${BLUEBELL_MB:-10}")
# bluebell finds no structure in this text (it knows no UN document); it is
# timed parsing the text to Akoma Ntoso XML as a `doc`, in memory. (Not run
# where this script was written, which had Python 3.11 only.)
"$venv/bin/python" - "$bb_file" <<'PY' || echo "bluebell-akn-rs:  failed (see the error above)"
import sys, time
from bluebell.parser import AkomaNtosoParser
from cobalt.uri import FrbrUri

text = open(sys.argv[1], encoding="utf-8").read()
parser = AkomaNtosoParser(FrbrUri.parse("/akn/un/doc/2012/ctoc-cop-2012-15"))
t0 = time.perf_counter()
parser.parse_to_xml(text, "doc")
t = time.perf_counter() - t0
print(f"bluebell-akn-rs:  {t:8.3f} s on {len(text.encode()) / 1e6:.0f} MB in memory ({len(text.encode()) / 1e6 / t:.1f} MB/s)")
PY
