#!/usr/bin/env bash
# `npm test`: builds what is missing, then runs every suite: Catch2 through ctest, the wasm
# module under Node, and the extension end to end in Debian's Chromium. Fails on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh native wasm
bash scripts/ensure-node-modules.sh

echo "== ctest (native core, Catch2)"
ctest --preset native -j "$(nproc)"

echo "== node --test (wasm module)"
node --test tests/node/

if ls tests/e2e/*.test.mjs >/dev/null 2>&1; then
  echo "== end to end (extension in Chromium)"
  # A failed assertion can leave its browser open, and an open browser keeps the file
  # running: each test gets 5 minutes (the slowest takes about 40 s), then fails.
  node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/
fi
