#!/usr/bin/env bash
# Boilerplate evaluation: runs `winnow extract` over the shared ScrapingHub, trafilatura and
# WCXB dev sets and scores main_text with ../shared/eval/score_extract.py (bag-of-words F1,
# ScrapingHub 4-gram shingle F1, snippet F1 and leak; WCXB's scorer = --lower bag-of-words mean,
# overall and per page type, on all of wcxb_dev and on its final holdout hosts, which the
# learned model never saw). Then the learned model's domain-grouped cross-validation
# (training/train.py --cv-only: out-of-fold figures, beside the rules alone).
# Usage: scripts/eval-extract.sh [--data DIR] [--out DIR] [--no-build] [--no-cv]
# WINNOW_BIN overrides the binary (default build/native/winnow, built first).
set -euo pipefail
cd "$(dirname "$0")/.."

data="../shared/eval/boilerplate"
out="build/eval-extract"
build=1
cv=1
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-cv) cv=0; shift ;;
    *) echo "eval-extract: unknown option $1" >&2; exit 2 ;;
  esac
done
bin="${WINNOW_BIN:-build/native/winnow}"
if [ "$build" = 1 ] && [ -z "${WINNOW_BIN:-}" ]; then bash scripts/build.sh native; fi
scorer="$(dirname "$data")/score_extract.py"
[ -f "$scorer" ] || scorer="../shared/eval/score_extract.py"
mkdir -p "$out"

for set in scrapinghub trafilatura_eval wcxb_dev; do
  src="$data/$set.jsonl.gz"
  gzip -dc "$src" | python3 -c '
import json, sys
for line in sys.stdin:
    if line.strip():
        d = json.loads(line)
        print(json.dumps({"id": d["id"], "url": d.get("url") or "", "html": d.get("html") or ""}))
' | "$bin" extract > "$out/$set.out.jsonl"
  python3 - "$out/$set.out.jsonl" > "$out/winnow_$set.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf8") as f:
    for line in f:
        r = json.loads(line)
        print(json.dumps({"id": r.get("id"), "text": r.get("main_text") or "", "error": r.get("error")}))
PY
  echo
  if [ "$set" = wcxb_dev ]; then
    python3 training/wcxb_report.py "$src" "$out/winnow_$set.jsonl" "$scorer" "$out"
  else
    python3 "$scorer" "$src" "$out/winnow_$set.jsonl" --shingle
  fi
done
if [ "$cv" = 1 ]; then
  echo
  /usr/bin/python3 training/train.py --bin "$bin" --data "$data" --cv-only --report "$out/cv.json"
fi
