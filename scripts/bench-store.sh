#!/usr/bin/env bash
# Release-mode measurement of sustained ingest into the quote store: builds `verbatim` in
# release mode, makes a deterministic corpus of real wire text with shared/bench/make_corpus.py
# (default 50,000 articles), ingests it into a new store and prints articles/s, CPU time per
# article and store bytes per article.
#
#     bash scripts/bench-store.sh [ARTICLES] [BATCH-SIZE]
#
# MAKE_CORPUS names make_corpus.py if it is not in ../shared/bench or /work/shared/bench;
# WORK names the folder for the corpus and the store (default: a new temporary folder);
# SCRATCH a SwiftPM scratch path to build in (default: .build).
set -euo pipefail
cd "$(dirname "$0")/.."

articles=${1:-50000}
batch=${2:-500}
make_corpus=${MAKE_CORPUS:-}
for candidate in "$make_corpus" ../shared/bench/make_corpus.py /work/shared/bench/make_corpus.py; do
    if [ -n "$candidate" ] && [ -f "$candidate" ]; then make_corpus=$candidate; break; fi
done
if [ ! -f "$make_corpus" ]; then echo "bench-store: make_corpus.py not found (set MAKE_CORPUS)" >&2; exit 2; fi
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"

scratch=(--scratch-path "${SCRATCH:-.build}")
swift build -c release --product verbatim "${scratch[@]}" >&2
binary=$(swift build -c release --show-bin-path "${scratch[@]}")/verbatim

corpus="$work/corpus-$articles.jsonl"
[ -f "$corpus" ] || python3 "$make_corpus" --articles "$articles" --out "$corpus" --seed 7 >&2
store="$work/bench.sqlite"
rm -f "$store" "$store-wal" "$store-shm"

start=$(date +%s.%N)
/usr/bin/time -f "%U %S %M" -o "$work/time.txt" "$binary" ingest "$corpus" --db "$store" --batch-size "$batch" --quiet
end=$(date +%s.%N)
"$binary" quotes --db "$store" --limit 5 >/dev/null  # the store opens and answers
sqlite3 "$store" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null 2>&1 || true
read -r user system memory < "$work/time.txt"
bytes=$(( $(stat -c %s "$store") + $(stat -c %s "$store-wal" 2>/dev/null || echo 0) ))
python3 - "$articles" "$start" "$end" "$user" "$system" "$memory" "$bytes" "$(nproc)" <<'PY'
import sys
articles, start, end, user, system, memory, size, cores = sys.argv[1:]
articles = int(articles); seconds = float(end) - float(start); cpu = float(user) + float(system)
print(f"articles:            {articles:,}")
print(f"wall time:           {seconds:.1f} s on {cores} cores")
print(f"throughput:          {articles / seconds:,.0f} articles/s")
print(f"CPU per article:     {cpu / articles * 1000:.2f} ms (user + system {cpu:.1f} s)")
print(f"peak memory:         {int(memory) / 1024:,.0f} MiB")
print(f"store:               {int(size) / 1e6:,.1f} MB, {int(size) / articles:,.0f} bytes per article")
PY
