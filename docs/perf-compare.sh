#!/usr/bin/env bash
# Whole-process timings for issue 8, side by side in one run:
#   1. `wc -l` and `plenary stats` on a 100 MB concatenation of the reference
#      report (goal: plenary at most 30 times wc -l), with plenary's peak memory
#      (goal: at most 4 times the input plus 10 MB);
#   2. `plenary render --to json` of the reference report (goal: at most 5 ms).
# Usage: docs/perf-compare.sh            (RUNS=5 docs/perf-compare.sh for more runs)
# Builds the release binary; the 100 MB file is made in target/perf/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${RUNS:-3}"
report=corpus/CTOC_COP_2012_15.fr.txt
big=target/perf/CTOC_COP_2012_15.fr.100MB.txt

cargo build --release -p plenary-cli --quiet
plenary=target/release/plenary

mkdir -p target/perf
if [ ! -s "$big" ] || [ "$(stat -c %s "$big")" -lt 100000000 ]; then
    : >"$big"
    # Whole copies until at least 10^8 bytes (875 copies), as the benches make it.
    while [ "$(stat -c %s "$big")" -lt 100000000 ]; do cat "$report" >>"$big"; done
fi
cat "$big" >/dev/null # into the page cache, so both commands read from memory

# best_of COMMAND…: the shortest wall time of $runs runs, in seconds.
best_of() {
    local best="" t0 t1 t
    for _ in $(seq "$runs"); do
        t0=$(date +%s.%N)
        "$@" >/dev/null
        t1=$(date +%s.%N)
        t=$(echo "$t1 - $t0" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input:   $big, $(stat -c %s "$big") bytes"

wc_s=$(best_of wc -l "$big")
stats_s=$(best_of "$plenary" stats "$big")
printf 'wc -l:          %8.3f s\n' "$wc_s"
printf 'plenary stats:  %8.3f s   (%.1f MB/s)\n' "$stats_s" "$(echo "100 / $stats_s" | bc -l)"
printf 'ratio:          %8.1f x   (goal: at most 30)\n' "$(echo "$stats_s / $wc_s" | bc -l)"

if [ -x /usr/bin/time ]; then
    rss_kb=$(/usr/bin/time -v "$plenary" stats "$big" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}')
    input_mb=$(echo "$(stat -c %s "$big") / 1000000" | bc -l)
    printf 'peak memory:    %8.0f MB  (%.1f x the input; goal: at most 4 x + 10 MB = %.0f MB)\n' \
        "$(echo "$rss_kb * 1024 / 1000000" | bc -l)" "$(echo "$rss_kb * 1024 / 1000000 / $input_mb" | bc -l)" \
        "$(echo "4 * $input_mb + 10" | bc -l)"
fi

if command -v hyperfine >/dev/null; then
    hyperfine --warmup 3 --runs 50 -N "$plenary render $report --to json"
else
    runs=20
    render_s=$(best_of "$plenary" render "$report" --to json)
    printf 'render --to json of the reference report: %.1f ms (best of 20; goal: at most 5 ms)\n' \
        "$(echo "$render_s * 1000" | bc -l)"
fi
