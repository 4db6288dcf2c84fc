#!/usr/bin/env bash
# Memory and time on a folder of many small articles: 100,000 files of 0.6-2 KB cut from
# the fixtures (deterministic, generated in a temporary folder, not committed), processed
# with the default number of jobs. Usage: bash benches/many_files.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release -q --bin dossier
# One awk run writes every file: article i is the opening of fixture i mod n, cut after a
# pseudo-random 600-2000 bytes at the last line end (a 32-bit LCG, exact in double precision, keeps it deterministic).
awk -v count="$count" -v out="$work/many" '
    FNR == 1 { n++ }
    { text[n] = text[n] $0 "\n" }
    END {
        seed = 7
        for (i = 0; i < count; i++) {
            seed = (seed * 69069 + 1) % 4294967296
            len = 600 + seed % 1401
            t = substr(text[i % n + 1], 1, len)
            cut = len
            while (cut > 300 && substr(t, cut, 1) != "\n") cut--
            if (cut > 300) t = substr(t, 1, cut)
            dir = sprintf("%s/%03d", out, int(i / 1000))
            if (!(dir in made)) { system("mkdir -p " dir); made[dir] = 1 }
            file = sprintf("%s/a%06d.txt", dir, i)
            printf "%s", t > file
            close(file)
        }
    }' fixtures/articles/*.txt fixtures/articles/*.md
printf 'folder: %s files, %s\n' "$(find "$work/many" -type f | wc -l)" "$(du -sh "$work/many" | cut -f1)"
/usr/bin/time -f "default jobs: %e s, peak RSS %M KB" target/release/dossier --quiet "$work/many" > /dev/null
/usr/bin/time -f "--jobs 1:     %e s, peak RSS %M KB" target/release/dossier --quiet --jobs 1 "$work/many" > /dev/null
