#!/usr/bin/env bash
# Puts the built wasm module into the extension (extension/dist/, git-ignored) so the repository
# root loads unpacked as the extension. Source: $WINNOW_WASM_DIR, default build/wasm (the
# `wasm` preset of scripts/build.sh). Copies only when the build is newer.
set -euo pipefail
cd "$(dirname "$0")/.."
src="${WINNOW_WASM_DIR:-build/wasm}"
for f in winnow.js winnow.wasm; do
  if [ ! -f "$src/$f" ]; then
    echo "winnow: $src/$f is missing; build the wasm module first (bash scripts/build.sh wasm)" >&2
    exit 1
  fi
done
mkdir -p extension/dist
for f in winnow.js winnow.wasm; do
  if [ ! -f "extension/dist/$f" ] || ! cmp -s "$src/$f" "extension/dist/$f"; then
    cp "$src/$f" "extension/dist/$f"
  fi
done
[ -f extension/icons/128.png ] || python3 scripts/make-icons.py
