#!/usr/bin/env bash
# End-to-end benchmark of the release binary on a generated 20 MB corpus (not committed).
# Usage: bash benches/run.sh [SIZE_MB]   — prints MB/s, articles/s, words/s, peak RSS,
# start-up time and the cost of one 1 MB and one 10 MB article. RUNS=N sets how many times
# each throughput run and each single large article is repeated (default 5; the median
# is reported).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Built apart: built with an example, the binary would get the features dev-dependencies
# turn on in shared crates, and would not be the binary `cargo build --release` makes.
cargo build --release -q --bin dossier
cargo build --release -q --example make_corpus
bin=target/release/dossier
read -r articles bytes words < <(target/release/examples/make_corpus "$work/corpus" "$size" ../shared/data/gum_train.jsonl)
mb=$(echo "$bytes / 1000000" | bc -l)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
printf 'corpus: %d articles, %.1f MB, %d words\n' "$articles" "$mb" "$words"

runs=${RUNS:-5}
measure() { # label, then the command; prints throughput (median run) and peak RSS
    # A shared virtual machine's speed varies from run to run by up to a fifth: each
    # command runs $runs times, and the median and the fastest run are shown.
    local label=$1; shift
    local start end rss times=()
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        /usr/bin/time -o "$work/time" -f '%M' "$@" > /dev/null 2> /dev/null
        end=$(date +%s%N)
        rss=$(tail -1 "$work/time")
        times+=("$(( (end - start) / 1000 ))")
    done
    local sorted secs best
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    secs=$(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]/1000000}')
    best=$(echo "$sorted" | head -1 | awk '{print $1/1000000}')
    printf '%-22s %6.2f s  %7.1f MB/s  %8.0f articles/s  %10.0f words/s  peak RSS %s KB  (fastest of %d: %.1f MB/s)\n' \
        "$label" "$secs" "$(echo "$mb / $secs" | bc -l)" "$(echo "$articles / $secs" | bc -l)" "$(echo "$words / $secs" | bc -l)" "${rss:-?}" \
        "$runs" "$(echo "$mb / $best" | bc -l)"
}
measure "jsonl, --jobs 1" "$bin" --quiet --format jsonl --jobs 1 "$work/corpus"
measure "jsonl, --jobs $(nproc)" "$bin" --quiet --format jsonl --jobs "$(nproc)" "$work/corpus"
measure "no tagger, --jobs 1" "$bin" --quiet --format jsonl --jobs 1 --no-tagger "$work/corpus"
measure "only dates, --jobs 1" "$bin" --quiet --format jsonl --jobs 1 --only dates "$work/corpus"
measure "csv mentions, --jobs 1" "$bin" --quiet --format csv --jobs 1 "$work/corpus"

# Start-up: a one-line input, median of 21 runs.
echo "Talks resumed in Cairo on Monday." > "$work/one.txt"
for _ in $(seq 21); do
    s=$(date +%s%N); "$bin" "$work/one.txt" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000 ))
done | sort -n | awk '{a[NR]=$1} END {printf "start-up (one-line input, median of %d): %.1f ms\n", NR, a[int((NR+1)/2)]/1000}'

# A whole article (the bundled seed, 5 KB): start-up plus every pattern it needs compiled.
for _ in $(seq 21); do
    s=$(date +%s%N); "$bin" fixtures/articles/000_c61d9b8a47f87fb5.txt > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000 ))
done | sort -n | awk '{a[NR]=$1} END {printf "one 5 KB article (median of %d): %.1f ms\n", NR, a[int((NR+1)/2)]/1000}'

# Linearity: one 1 MB and one 10 MB article made of the corpus' own text, and the same
# sizes of short lines with no full stop (each line end once had the rest of the text
# searched for a list number's stop).
{ find "$work/corpus" -name '*.txt' | sort | xargs cat | head -c 10000000 > "$work/ten.txt"; } 2> /dev/null || true
head -c 1000000 "$work/ten.txt" > "$work/one_mb.txt"
{ yes 'talks with Egypt and Qatar went on' | head -c 10000000 > "$work/lines_ten.txt"; } 2> /dev/null || true
head -c 1000000 "$work/lines_ten.txt" > "$work/lines_one_mb.txt"
for f in one_mb ten lines_one_mb lines_ten; do
    for _ in $(seq "$runs"); do
        s=$(date +%s%N); "$bin" --format jsonl --max-bytes 20000000 "$work/$f.txt" > /dev/null; e=$(date +%s%N)
        echo $(( (e - s) / 1000 ))
    done | sort -n | awk -v f="$f" '{a[NR]=$1} END {printf "single article %-12s %8.1f ms (median of %d)\n", f, a[int((NR+1)/2)]/1000, NR}'
done

# Hostile inputs: 2 MB runs of the shapes that once made the date search quadratic, and a
# paragraph every three bytes; time and peak RSS of each (median run).
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
size = 2 << 20
shapes = {"slashes": "1/", "dashes": "1-", "colons": "1:", "years": "2020-", "year_words": "2020 ", "paragraphs": "a\n\n"}
for name, unit in shapes.items():
    open(f"{work}/hostile_{name}.txt", "w").write((unit * (size // len(unit) + 1))[:size])
PY
for f in slashes dashes colons years year_words paragraphs; do
    for _ in $(seq "$runs"); do
        s=$(date +%s%N)
        /usr/bin/time -o "$work/time" -f '%M' "$bin" --format jsonl "$work/hostile_$f.txt" > /dev/null
        e=$(date +%s%N)
        echo "$(( (e - s) / 1000 )) $(tail -1 "$work/time")"
    done | sort -n | awk -v f="$f" '{a[NR]=$1; m[NR]=$2} END {i=int((NR+1)/2); printf "hostile 2 MB %-12s %8.1f ms  peak RSS %d KB (median of %d)\n", f, a[i]/1000, m[i], NR}'
done
