#!/usr/bin/env bash
# Builds ICU 72.1 (Debian's source package, Debian's patches applied) twice, natively and for
# WebAssembly, both as static libraries (common + stubdata) with the same trimmed data, into a
# cache outside the work tree. Prints ONLY the cache directory on stdout (WINNOW_ICU_DIR for
# cmake/icu.cmake); progress goes to stderr, the noisy build output to a log file.
#
#   scripts/build-icu.sh            native and wasm (default)
#   scripts/build-icu.sh native     native half only (returns as soon as native/ exists)
#
# Layout of the output ($out): native/ and wasm/, each with include/unicode/*.h,
# lib/libicuuc.a, lib/libicudata.a (ICU's stub data) and share/winnow_icudata.c (the trimmed
# data as a C array; symbol `winnow_icudata_dat`, handed to udata_setCommonData by
# winnow::text::init()). Each half is assembled in a temporary directory and renamed into
# place when complete, so an interrupted build never looks complete. The directory name holds
# a hash of this script (recipe + data keep-list), so a changed recipe never reuses a stale
# cache. See docs/icu.md for the data choices and measured sizes.
set -euo pipefail

ICU_VERSION=72.1
self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
recipe_id="$(sha256sum "$self" | cut -c1-12)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/winnow"
out="$cache/icu-$ICU_VERSION-$recipe_id"

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(native wasm)
for t in "${targets[@]}"; do
  case "$t" in native|wasm) ;; *) echo "build-icu.sh: unknown target '$t' (native|wasm)" >&2; exit 2;; esac
done
want_wasm=0
for t in "${targets[@]}"; do [ "$t" = wasm ] && want_wasm=1; done

done_all() { [ -d "$out/native" ] && { [ $want_wasm = 0 ] || [ -d "$out/wasm" ]; }; }
# Fast path: nothing to do, no lock, no tools touched.
if done_all; then echo "$out"; exit 0; fi

mkdir -p "$cache"
work="$out.work"
log="$cache/icu-$ICU_VERSION-$recipe_id.log"
say() { echo "build-icu: $*" >&2; }
run() {  # run CMD... with output to the log; on failure show its tail
  if ! "$@" >>"$log" 2>&1; then
    say "FAILED: $* (last lines of $log follow)"; tail -n 30 "$log" >&2; exit 1
  fi
}
jobs=2   # shared 2-core machine: never more than -j2

# One builder at a time per recipe; a native-only caller returns as soon as native/ exists
# even while another process is still busy with the wasm half.
exec 9>"$out.lock"
if ! flock -n 9; then
  say "another build of this recipe is running; waiting (log: $log)"
  while ! flock -n 9; do
    if done_all; then echo "$out"; exit 0; fi
    sleep 2
  done
fi
if done_all; then echo "$out"; exit 0; fi

# ---- the data keep-list (part of the recipe: editing it changes the recipe id) -------------
# Word and sentence break rules, the dictionaries of the languages written without spaces
# (Thai, Lao, Khmer, Burmese; the CJK one is replaced by a one-word stand-in, see below), a
# brkitr/root.res of our own that names only those, NFKC and NFKC_Casefold, and the root
# resource bundles ICU opens while it locates break rules (root.res needs pool.res).
KEEP_ITEMS=(
  brkitr/word.brk
  brkitr/sent.brk
  brkitr/burmesedict.dict
  brkitr/khmerdict.dict
  brkitr/laodict.dict
  brkitr/thaidict.dict
  brkitr/res_index.res
  nfkc.nrm
  nfkc_cf.nrm
  root.res
  pool.res
  res_index.res
)
# brkitr/root.res and brkitr/cjdict.dict are generated below.
BRKITR_ROOT_TXT='root{
    Version{"winnow-RECIPE"}
    boundaries{
        sentence:process(dependency){"sent.brk"}
        word:process(dependency){"word.brk"}
    }
    dictionaries{
        burmese:process(dependency){"burmesedict.dict"}
        cj:process(dependency){"cjdict.dict"}
        khmer:process(dependency){"khmerdict.dict"}
        lao:process(dependency){"laodict.dict"}
        thai:process(dependency){"thaidict.dict"}
    }
}'
# The one word of the stand-in CJK dictionary: a private-use character, which the dictionary
# engine never sees (it only runs over Han, kana and Hangul), so every Han character and every
# hiragana becomes a word of its own and katakana runs stay whole (ICU's own katakana rule).
CJ_WORD=$'\xee\x80\x80'   # U+E000 in UTF-8
WASM_CFLAGS="-O2"
NATIVE_CFLAGS="-O2 -fPIC"
# ------------------------------------------------------------------------------------------

say "recipe $recipe_id -> $out (log: $log)"
: >"$log"
mkdir -p "$work"

fetch_source() {
  [ -f "$work/src/.done" ] && return 0
  rm -rf "$work/src" "$work/dl"; mkdir -p "$work/dl"
  say "fetching Debian's icu source package"
  (cd "$work/dl" && run apt-get source --download-only icu)
  local dsc; dsc="$(ls "$work"/dl/icu_*.dsc | head -n1)"
  case "$(basename "$dsc")" in icu_${ICU_VERSION}-*) ;; *) say "unexpected source version: $dsc"; exit 1;; esac
  run dpkg-source --no-check -x "$dsc" "$work/src"    # applies Debian's patches
  touch "$work/src/.done"
}

build_native_tree() {   # full native static build: libraries + the tools the data trim needs
  [ -f "$work/native-build/.done" ] && return 0
  rm -rf "$work/native-build"; mkdir -p "$work/native-build"
  say "configuring native ICU"
  (cd "$work/native-build" && run env CC=gcc CXX=g++ CFLAGS="$NATIVE_CFLAGS" CXXFLAGS="$NATIVE_CFLAGS -std=c++17" \
    "$work/src/source/configure" --enable-static --disable-shared --with-data-packaging=static \
    --disable-renaming --disable-tests --disable-samples --disable-extras --disable-icuio \
    --disable-layoutex)
  say "building native ICU and tools (about 3 minutes)"
  run make -C "$work/native-build" -j"$jobs"
  touch "$work/native-build/.done"
}

make_data() {   # the trimmed data package and its C array, made with the native tools
  [ -f "$work/data/.done" ] && return 0
  local nb="$work/native-build" d="$work/data"
  rm -rf "$d"; mkdir -p "$d/items/brkitr" "$d/out"
  say "trimming ICU data"
  printf '%s\n' "${KEEP_ITEMS[@]}" >"$d/keep.txt"
  run "$nb/bin/icupkg" -x "$d/keep.txt" -d "$d/items" "$work/src/source/data/in/icudt72l.dat"
  printf '\xef\xbb\xbf%s\t255\n' "$CJ_WORD" >"$d/cjdict.txt"   # BOM: read as UTF-8 in any locale
  run "$nb/bin/gendict" -q --uchars "$d/cjdict.txt" "$d/items/brkitr/cjdict.dict"
  # genrb checks the dependencies next to its output, so it writes into items/brkitr.
  printf '%s\n' "${BRKITR_ROOT_TXT/RECIPE/$recipe_id}" >"$d/brkitr_root.txt"
  run "$nb/bin/genrb" -q -k -d "$d/items/brkitr" "$d/brkitr_root.txt"
  printf '%s\n' "${KEEP_ITEMS[@]}" brkitr/root.res brkitr/cjdict.dict >"$d/all.txt"
  run "$nb/bin/icupkg" -tl -s "$d/items" -a "$d/all.txt" new "$d/out/icudt72l.dat"
  run "$nb/bin/icupkg" -l "$d/out/icudt72l.dat"
  # genccode names the array after the file: winnow_icudata.dat -> winnow_icudata_dat.
  cp "$d/out/icudt72l.dat" "$d/out/winnow_icudata.dat"
  run "$nb/bin/genccode" -d "$d/out" "$d/out/winnow_icudata.dat"
  mv "$d/out/winnow_icudata_dat.c" "$d/out/winnow_icudata.c"
  grep -q 'winnow_icudata_dat=' "$d/out/winnow_icudata.c" || { say "genccode output lacks winnow_icudata_dat"; exit 1; }
  touch "$d/.done"
}

publish() {   # publish TARGET BUILD_TREE: assemble in a temp dir, then one atomic rename
  local target="$1" tree="$2" stage="$out.tmp-$1-$$"
  rm -rf "$stage"; mkdir -p "$stage/include/unicode" "$stage/lib" "$stage/share"
  cp "$work"/src/source/common/unicode/*.h "$stage/include/unicode/"
  cp "$tree/lib/libicuuc.a" "$stage/lib/"
  cp "$tree/stubdata/libicudata.a" "$stage/lib/libicudata.a"
  cp "$work/data/out/winnow_icudata.c" "$stage/share/"
  cp "$work/data/out/winnow_icudata.dat" "$stage/share/"
  printf 'ICU %s, recipe %s, target %s\n' "$ICU_VERSION" "$recipe_id" "$target" >"$stage/BUILD-INFO"
  mkdir -p "$out"
  rm -rf "${out:?}/$target"
  mv "$stage" "$out/$target"
  say "published $out/$target"
}

build_wasm_tree() {
  local wb="$work/wasm-build"
  rm -rf "$wb"; mkdir -p "$wb"
  export NODE_PATH=/usr/share/nodejs
  say "configuring wasm ICU"
  (cd "$wb" && run env CFLAGS="$WASM_CFLAGS" CXXFLAGS="$WASM_CFLAGS -std=c++17" emconfigure \
    "$work/src/source/configure" --host=wasm32-unknown-linux --with-cross-build="$work/native-build" \
    --enable-static --disable-shared --disable-tests --disable-samples --disable-extras \
    --disable-icuio --disable-layoutex --disable-tools --with-data-packaging=static \
    --disable-renaming)
  mkdir -p "$wb/lib" "$wb/bin"
  say "building wasm ICU (about 3 minutes)"
  run emmake make -C "$wb/stubdata" -j"$jobs"
  run emmake make -C "$wb/common" -j"$jobs"
}

fetch_source
if [ ! -d "$out/native" ]; then
  build_native_tree
  make_data
  publish native "$work/native-build"
fi
if [ $want_wasm = 1 ] && [ ! -d "$out/wasm" ]; then
  build_native_tree   # the cross build needs the native tree's tools
  make_data
  build_wasm_tree
  publish wasm "$work/wasm-build"
fi
if [ -d "$out/native" ] && [ -d "$out/wasm" ]; then
  rm -rf "$work"   # about 1 GB of build trees; the published halves are all that is used
fi
say "done"
echo "$out"
