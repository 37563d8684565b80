#!/usr/bin/env bash
# Filler evaluation: runs `winnow extract` over the labelled articles of tests/filler/ and the
# real-news pages of ../shared/eval/boilerplate/ (ScrapingHub, wcxb_dev) and reports
# precision, recall and F1 of the filler class per language and per style, the fact
# paragraphs flagged on wire copy and analysis, and the flag rate on real-news paragraphs.
# Usage: scripts/eval-filler.sh [--no-build] [eval.py options: --holdout --check --limit N ...]
# WINNOW_BIN overrides the binary (default build/native/winnow, built first).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
args=()
for a in "$@"; do
  if [ "$a" = --no-build ]; then build=0; else args+=("$a"); fi
done
if [ "$build" = 1 ] && [ -z "${WINNOW_BIN:-}" ]; then bash scripts/build.sh native >&2; fi
WINNOW="${WINNOW_BIN:-build/native/winnow}" WINNOW_SHARED_EVAL="${WINNOW_SHARED_EVAL:-../shared/eval}" \
  python3 scripts/filler/eval.py "${args[@]}"
