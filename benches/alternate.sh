#!/usr/bin/env bash
# Two builds of dossier timed against each other on the same generated corpus, their runs
# alternating, so that a shared machine's drift (its speed moves by up to a half within
# minutes) falls on both alike. Usage:
#   bash benches/alternate.sh OLD_BINARY NEW_BINARY [ROUNDS] [SIZE_MB]
# e.g. build a commit into a second work tree, then
#   bash benches/alternate.sh ../old/target/release/dossier target/release/dossier
# Prints, for --jobs 1 and for all cores, each binary's fastest and median wall time over
# ROUNDS runs (default 10) of JSONL output on a SIZE_MB corpus (default 20), after checking
# that both write the same records.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
    sed -n '2,10p' "$0" >&2
    exit 2
fi
old=$1
new=$2
rounds=${3:-10}
size=${4:-20}
for bin in "$old" "$new"; do
    [ -x "$bin" ] || { echo "not an executable: $bin" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release -q --example make_corpus
read -r articles bytes _ < <(target/release/examples/make_corpus "$work/corpus" "$size" ../shared/data/gum_train.jsonl)
printf 'corpus: %d articles, %.1f MB\n' "$articles" "$(echo "$bytes / 1000000" | bc -l)"
if cmp -s <("$old" --quiet --format jsonl "$work/corpus") <("$new" --quiet --format jsonl "$work/corpus"); then
    echo "records: byte-identical"
else
    echo "note: the two binaries write different records" >&2
fi
for jobs in 1 "$(nproc)"; do
    for _ in $(seq "$rounds"); do
        for bin in "$old" "$new"; do
            s=$(date +%s%N)
            "$bin" --quiet --format jsonl --jobs "$jobs" "$work/corpus" > /dev/null
            e=$(date +%s%N)
            echo "$bin $(( (e - s) / 1000000 ))"
        done
    done > "$work/times"
    for bin in "$old" "$new"; do
        awk -v b="$bin" '$1 == b {print $2}' "$work/times" | sort -n | awk -v b="$bin" -v j="$jobs" \
            '{a[NR]=$1} END {printf "--jobs %s  %-40s fastest %5d ms  median %7.1f ms  (%d runs)\n", j, b, a[1], (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), NR}'
    done
done
