#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/: the `fuzz` preset, clang 14 + ASan, in build/fuzz) and
# runs each for SECONDS (default 60) or RUNS executions, seeded from the fixtures (tests/pages,
# tests/corpus, tests/data) and the committed crash inputs (fuzz/regressions). The corpus a
# run grows is kept in build/fuzz/corpus/ for the next run. A crash, leak, sanitizer report or
# timeout fails the script; its input is left in build/fuzz/crashes/<target>/.
# Usage: scripts/fuzz.sh [SECONDS] [--runs N] [TARGET...]   (targets: snapshot html history templates jsonl record)
# WINNOW_FUZZ_MAX_LEN (bytes, default 1 MiB) and WINNOW_FUZZ_TIMEOUT (seconds a unit, default 10)
# are for long background runs: shorter inputs run many times faster, and a loaded machine
# can stall one unit past 10 s (a unit that is really slow still shows in the log's
# slowest_unit_time_sec).
set -euo pipefail
cd "$(dirname "$0")/.."

secs=60
runs=""
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    [0-9]*) secs="$1"; shift ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(snapshot html history templates jsonl record)

bash scripts/build.sh fuzz
out=build/fuzz
seeds=$out/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{snapshot,html,history,templates,jsonl,record}

# Seeds: the fixture pages as HTML and as the snapshots the content script would send, the
# history and template files `winnow history` writes from them, and the CLI's input lines.
find tests/pages -name '*.html' -exec cp {} "$seeds/html/" \;
for f in "$seeds"/html/*.html; do
  python3 -c 'import json,sys; print(json.dumps({"id": 1, "url": "https://seed.example/" + sys.argv[1], "html": open(sys.argv[1], encoding="utf-8", errors="replace").read()}))' "$f"
done > "$seeds/pages.jsonl"
"$out/winnow" snapshot < "$seeds/pages.jsonl" |
  python3 -c '
import json, sys
for i, line in enumerate(sys.stdin):
    open(sys.argv[1] + "/%03d.snapshot" % i, "w", encoding="utf-8").write(json.loads(line)["snapshot"])' "$seeds/snapshot"
db=$(mktemp -d)
"$out/winnow" history --db "$db" < tests/data/history-format-input.jsonl > /dev/null
"$out/winnow" extract --history "$db" < "$seeds/pages.jsonl" > /dev/null
cp "$db/history.bin" "$seeds/history/written.bin"
cp tests/data/history-format-v*.bin "$seeds/history/"
cp "$db/templates.bin" "$seeds/templates/written.bin"
rm -rf "$db"
head -c 200000 tests/corpus/parity.jsonl > "$seeds/jsonl/parity-head.jsonl"
cp tests/data/history-format-input.jsonl "$seeds/jsonl/"
split -l 1 -d tests/data/history-format-input.jsonl "$seeds/record/text-"  # one record a file
head -n 3 "$seeds/pages.jsonl" | split -l 1 -d - "$seeds/record/html-"
rm "$seeds/pages.jsonl"

status=0
for t in "${targets[@]}"; do
  corpus=$out/corpus/$t
  crashes=$out/crashes/$t
  mkdir -p "$corpus" "$crashes"
  extra=()
  [ -d "fuzz/regressions/$t" ] && extra+=("fuzz/regressions/$t")
  limit=(-max_total_time="$secs")
  [ -n "$runs" ] && limit=(-runs="$runs" -max_total_time="$secs")
  echo "== fuzz_$t (${runs:+$runs runs, at most }$secs s)"
  if ! ASAN_OPTIONS=detect_leaks=1 "$out/fuzz_$t" "${limit[@]}" -timeout="${WINNOW_FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -max_len="${WINNOW_FUZZ_MAX_LEN:-1048576}" \
      -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" "$seeds/$t" "${extra[@]}" \
      > "$out/fuzz_$t.log" 2>&1; then
    echo "fuzz_$t FAILED: see $out/fuzz_$t.log and $crashes/" >&2
    tail -40 "$out/fuzz_$t.log" >&2
    status=1
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^stat::slowest_unit_time_sec' "$out/fuzz_$t.log" | tr '\n' ' '
  echo
done
exit $status
