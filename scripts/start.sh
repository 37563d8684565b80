#!/usr/bin/env bash
# `npm start`: builds what is missing, then reads the example pages of tests/pages in reading
# order in Debian's Chromium with the extension (headless unless there is a display), and writes
# reports/index.html with per page the filler marked, the repeated-story verdict and a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh native wasm
bash scripts/build-extension.sh
bash scripts/ensure-node-modules.sh
node scripts/start.mjs
