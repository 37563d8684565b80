#!/usr/bin/env bash
# Repeated-story evaluation: runs the native tool over the development data, scores it with
# ../shared/eval/score_story.py, and prints a plain TF-IDF cosine (scripts/story_baseline.py)
# beside every figure, at the same false-alarm count as Winnow.
#   pairs : `winnow compare` on pairs_dev.jsonl.gz          -> ROC-AUC overall and per kind
#   stream: `winnow history --db <fresh dir>` on stream_dev  -> recall, false alarms, match accuracy
#   cut   : scripts/story_cv.py, the same-story cut chosen by folds grouped by event, beside TF-IDF
# Usage: scripts/eval-story.sh [--data DIR] [--out DIR] [--no-build] [--sensitivity S]
# WINNOW_BIN overrides the binary (default build/native/winnow, built first).
set -euo pipefail
cd "$(dirname "$0")/.."

data="../shared/eval/story"
out="build/eval-story"
build=1
sens="normal"
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --sensitivity) sens="$2"; shift 2 ;;
    *) echo "eval-story: unknown option $1" >&2; exit 2 ;;
  esac
done
bin="${WINNOW_BIN:-build/native/winnow}"
if [ "$build" = 1 ] && [ -z "${WINNOW_BIN:-}" ]; then bash scripts/build.sh native; fi
# The baseline needs numpy and scipy: Debian's python3 (a pyenv python3 may lack them).
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$py" -c 'import numpy, scipy' 2>/dev/null || apt-get install -y python3-numpy python3-scipy >&2
scorer="$(dirname "$data")/score_story.py"
[ -f "$scorer" ] || scorer="../shared/eval/score_story.py"
mkdir -p "$out"

# Pairs: both articles as text DOCs.
python3 - "$data/pairs_dev.jsonl.gz" > "$out/pairs_in.jsonl" <<'PY'
import gzip, json, sys
with gzip.open(sys.argv[1], "rt", encoding="utf8") as f:
    for line in f:
        if not line.strip():
            continue
        g = json.loads(line)
        print(json.dumps({"id": g["id"],
                          "a": {"title": g.get("a_title", ""), "text": g.get("a_text", "")},
                          "b": {"title": g.get("b_title", ""), "text": g.get("b_text", "")}}))
PY
"$bin" compare --sensitivity "$sens" < "$out/pairs_in.jsonl" > "$out/pairs_pred.jsonl"
echo "== pairs (winnow compare) =="
python3 "$scorer" pairs "$out/pairs_pred.jsonl" --gold "$data/pairs_dev.jsonl.gz"
"$py" scripts/story_baseline.py pairs "$data/pairs_dev.jsonl.gz" "$out/pairs_pred.jsonl"

# Stream: in reading order, into a fresh history. The data has no addresses: each item gets a
# host of its own (one shared host would make the site-template memory take re-posted
# paragraphs for site chrome) and a time from its position.
python3 - "$data/stream_dev.jsonl.gz" > "$out/stream_in.jsonl" <<'PY'
import gzip, json, sys
with gzip.open(sys.argv[1], "rt", encoding="utf8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda g: g["pos"])
for g in rows:
    print(json.dumps({"id": g["id"], "url": "https://" + g["id"].lower() + ".stream.example/article",
                      "time": 1700000000 + 60 * g["pos"],
                      "title": g.get("title", ""), "text": g.get("text", "")}))
PY
db="$out/stream_db"
rm -rf "$db"
# WINNOW_DEBUG_FEATURES: each answer's similarities to its best earlier page on stderr, for
# scripts/story_cv.py (the narrative share of a page judged only similar).
WINNOW_DEBUG_FEATURES=1 "$bin" history --db "$db" --sensitivity "$sens" < "$out/stream_in.jsonl" \
  > "$out/stream_pred.jsonl" 2> "$out/stream_features.jsonl"
echo "== stream (winnow history) =="
python3 "$scorer" stream "$out/stream_pred.jsonl" --gold "$data/stream_dev.jsonl.gz"
python3 - "$out/stream_pred.jsonl" "$data/stream_dev.jsonl.gz" <<'PY'
import gzip, json, sys
pred = {}
for l in open(sys.argv[1], encoding="utf8"):
    p = json.loads(l)
    pred[p["id"]] = p
with gzip.open(sys.argv[2], "rt", encoding="utf8") as f:
    gold = [json.loads(l) for l in f if l.strip()]
new = [g for g in gold if not g["gold_seen_before"]]
fa = sum(1 for g in new if pred.get(g["id"], {}).get("seen_before"))
errors = sum(1 for p in pred.values() if "error" in p)
print(f"{'false alarms on new stories (count)':60s} {fa} of {len(new)}")
print(f"{'answers with an error':60s} {errors}")
PY
"$py" scripts/story_baseline.py stream "$data/stream_dev.jsonl.gz" "$out/stream_pred.jsonl" \
  --label "ECB+ development stream"

# Long real articles (scripts/gen-story-long.py): ScrapingHub news with synthetic re-posts, and
# WCXB's evergreen article clusters (no event: no page is the same story as another).
stream_set() {  # name gold.jsonl label
  local name="$1" gold="$2" label="$3"
  python3 - "$gold" > "$out/${name}_in.jsonl" <<'PY'
import json, sys
for l in open(sys.argv[1], encoding="utf8"):
    g = json.loads(l)
    print(json.dumps({"id": g["id"], "url": "https://" + g["id"].lower() + ".stream.example/article",
                      "time": 1700000000 + 60 * g["pos"], "title": g["title"], "text": g["text"]}))
PY
  rm -rf "$out/${name}_db"
  WINNOW_DEBUG_FEATURES=1 "$bin" history --db "$out/${name}_db" --sensitivity "$sens" \
    < "$out/${name}_in.jsonl" > "$out/${name}_pred.jsonl" 2> "$out/${name}_features.jsonl"
  echo "== $label (winnow history) =="
  python3 "$scorer" stream "$out/${name}_pred.jsonl" --gold "$gold" | grep -E "recall_seen|false_alarm_rate|pred_seen_rate"
  echo "answers \"similar\" to an earlier page (not the same story): $(grep -c '"similar"' "$out/${name}_pred.jsonl" || true)"
  "$py" scripts/story_baseline.py stream "$gold" "$out/${name}_pred.jsonl" --label "$label"
}
boiler="$(dirname "$data")/boilerplate"
[ -d "$boiler" ] || boiler="../shared/eval/boilerplate"
python3 scripts/gen-story-long.py long "$out/long_gold.jsonl" --boilerplate "$boiler"
stream_set long "$out/long_gold.jsonl" "long news articles (ScrapingHub) with re-posts"
python3 scripts/gen-story-long.py wcxb "$out/wcxb_gold.jsonl" --boilerplate "$boiler"
stream_set wcxb "$out/wcxb_gold.jsonl" "WCXB evergreen article clusters"
stream_set de tests/story/de_stream.jsonl "German retellings (tests/story)"
stream_set fr tests/story/fr_stream.jsonl "French retellings (tests/story)"

# The same-story cut, validated: one cut for every set, chosen on folds grouped by event, with
# a plain TF-IDF cosine under the same protocol beside it (scripts/story_cv.py).
echo "== same-story cut by cross-validation (scripts/story_cv.py) =="
"$py" scripts/story_cv.py "stream=$data/stream_dev.jsonl.gz:$out/stream_pred.jsonl:$out/stream_features.jsonl" \
  "long=$out/long_gold.jsonl:$out/long_pred.jsonl:$out/long_features.jsonl" \
  "wcxb=$out/wcxb_gold.jsonl:$out/wcxb_pred.jsonl:$out/wcxb_features.jsonl" \
  "de=tests/story/de_stream.jsonl:$out/de_pred.jsonl:$out/de_features.jsonl" \
  "fr=tests/story/fr_stream.jsonl:$out/fr_pred.jsonl:$out/fr_features.jsonl"
