#!/usr/bin/env bash
# Builds what is missing: system packages, ICU (cached outside the work tree), then the given
# CMake presets (default: native wasm). Incremental: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(native wasm)

bash scripts/install-system-deps.sh
export WINNOW_ICU_DIR
icu_targets=(native)   # the wasm half of ICU only when a wasm preset is asked for
for p in "${presets[@]}"; do [ "$p" = wasm ] && icu_targets=(native wasm); done
WINNOW_ICU_DIR="$(bash scripts/build-icu.sh "${icu_targets[@]}")"
export NODE_PATH=/usr/share/nodejs   # emscripten's JS optimizer needs Debian's node modules
jobs=$(nproc)

for p in "${presets[@]}"; do
  dir="build/$p"
  if [ ! -f "$dir/CMakeCache.txt" ] || ! grep -q "WINNOW_ICU_DIR:PATH=$WINNOW_ICU_DIR$" "$dir/CMakeCache.txt"; then
    rm -rf "$dir"
    echo "winnow: configuring $p" >&2
    cmake --preset "$p" >/dev/null
  fi
  echo "winnow: building $p" >&2
  cmake --build --preset "$p" -j "$jobs" -- --no-print-directory | { grep -vE '^\[ *[0-9]+%\] (Building|Linking)' || true; }
done
