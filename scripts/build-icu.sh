#!/usr/bin/env bash
# Builds ICU 72.1 (Debian's source package, Debian's patches applied) twice, natively and for
# WebAssembly, both as static libraries (common + stubdata) with the same trimmed data, into a
# cache outside the work tree. Prints ONLY the cache directory on stdout (WINNOW_ICU_DIR for
# cmake/icu.cmake); progress goes to stderr, the noisy build output to a log file.
#
#   scripts/build-icu.sh            native and wasm (default)
#   scripts/build-icu.sh native     native half only (returns as soon as native/ exists)
#
# Output ($out = ~/.cache/winnow/icu-72.1-<recipe>): native/ and wasm/, each with
# include/unicode/*.h, lib/libicuuc.a, lib/libicudata.a (ICU's stub data) and
# share/winnow_icudata.c (the trimmed data as a C array; symbol `winnow_icudata_dat`, handed to
# udata_setCommonData by winnow::text::init()). Each half is assembled in a temporary
# directory and renamed into place when complete, so an interrupted build never looks
# complete. <recipe> is a hash of this whole script (build flags + data keep-list), so a
# changed recipe never reuses a stale result. The compiled ICU trees are cached separately
# (icu-72.1-trees-<hash of the build section only>), so a change to the data recipe alone
# costs seconds, not a rebuild. See docs/icu.md for the data choices and measured sizes.
set -euo pipefail

ICU_VERSION=72.1
self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
recipe_id="$(sha256sum "$self" | cut -c1-12)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/winnow"
out="$cache/icu-$ICU_VERSION-$recipe_id"

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(native wasm)
want_wasm=0
for t in "${targets[@]}"; do
  case "$t" in
    native) ;;
    wasm) want_wasm=1 ;;
    *) echo "build-icu.sh: unknown target '$t' (native|wasm)" >&2; exit 2 ;;
  esac
done

done_all() { [ -d "$out/native" ] && { [ $want_wasm = 0 ] || [ -d "$out/wasm" ]; }; }
# Fast path: nothing to do, no lock, no tools touched.
if done_all; then echo "$out"; exit 0; fi

mkdir -p "$cache"
log="$out.log"
say() { echo "build-icu: $*" >&2; }
run() {  # run CMD... with output to the log; on failure show its tail
  if ! "$@" >>"$log" 2>&1; then
    say "FAILED: $* (last lines of $log follow)"; tail -n 30 "$log" >&2; exit 1
  fi
}

# One builder at a time (all recipes share the compiled trees); a native-only caller returns
# as soon as native/ exists, even while another process is still busy with the wasm half.
exec 9>"$cache/icu-$ICU_VERSION.lock"
if ! flock -n 9; then
  say "another ICU build is running; waiting (log: $log)"
  while ! flock -n 9; do
    if done_all; then echo "$out"; exit 0; fi
    sleep 2
  done
fi
if done_all; then echo "$out"; exit 0; fi

# >>> build recipe (its hash names the cached trees) >>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>
jobs=2   # shared 2-core machine: never more than -j2
NATIVE_CFLAGS="-O2 -fPIC"
WASM_CFLAGS="-O2"
ICU_CONFIG=(--enable-static --disable-shared --with-data-packaging=static --disable-renaming
            --disable-tests --disable-samples --disable-extras --disable-icuio --disable-layoutex)

fetch_source() {
  [ -f "$trees/src/.done" ] && return 0
  rm -rf "$trees/src" "$trees/dl"; mkdir -p "$trees/dl"
  say "fetching Debian's icu source package"
  (cd "$trees/dl" && run apt-get source --download-only icu)
  local dsc; dsc="$(ls "$trees"/dl/icu_*.dsc | head -n1)"
  case "$(basename "$dsc")" in icu_${ICU_VERSION}-*) ;; *) say "unexpected source version: $dsc"; exit 1;; esac
  run dpkg-source --no-check -x "$dsc" "$trees/src"    # applies Debian's patches
  touch "$trees/src/.done"
}

# Full native static build: the libraries, and the tools the data trim and the cross build
# need. Resumable: an interrupted make continues where it stopped.
build_native_tree() {
  local nb="$trees/native-build"
  [ -f "$nb/.done" ] && return 0
  if [ ! -f "$nb/config.status" ]; then
    rm -rf "$nb"; mkdir -p "$nb"
    say "configuring native ICU"
    (cd "$nb" && run env CC=gcc CXX=g++ CFLAGS="$NATIVE_CFLAGS" CXXFLAGS="$NATIVE_CFLAGS -std=c++17" \
      "$trees/src/source/configure" "${ICU_CONFIG[@]}")
  fi
  say "building native ICU and its tools (about 5 minutes on 2 cores)"
  run make -C "$nb" -j"$jobs"
  touch "$nb/.done"
}

# Cross build of stubdata + common with emscripten, using the native tree's tools.
build_wasm_tree() {
  local wb="$trees/wasm-build"
  [ -f "$wb/.done" ] && return 0
  export NODE_PATH=/usr/share/nodejs   # emscripten's JS optimizer needs Debian's node modules
  if [ ! -f "$wb/config.status" ]; then
    rm -rf "$wb"; mkdir -p "$wb"
    say "configuring wasm ICU"
    (cd "$wb" && run env CFLAGS="$WASM_CFLAGS" CXXFLAGS="$WASM_CFLAGS -std=c++17" emconfigure \
      "$trees/src/source/configure" --host=wasm32-unknown-linux \
      --with-cross-build="$trees/native-build" --disable-tools "${ICU_CONFIG[@]}")
  fi
  mkdir -p "$wb/lib" "$wb/bin"
  say "building wasm ICU (about 4 minutes on 2 cores)"
  run emmake make -C "$wb/stubdata" -j"$jobs"
  run emmake make -C "$wb/common" -j"$jobs"
  touch "$wb/.done"
}
# <<< build recipe <<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<
build_id="$(sed -n '/^# >>> build recipe/,/^# <<< build recipe/p' "$self" | sha256sum | cut -c1-12)"
trees="$cache/icu-$ICU_VERSION-trees-$build_id"

# ---- the data recipe ----------------------------------------------------------------------
# Word and sentence break rules, the dictionaries of the languages written without spaces
# (Thai, Lao, Khmer, Burmese; the CJK one is replaced by a one-word stand-in, see below), a
# brkitr/root.res of our own that names only those, and NFKC and NFKC_Casefold. The locale
# tree's root.res/pool.res/res_index.res (52 KB gzip) are not needed: break iterators read
# only the brkitr tree (tests/core/text_*.cpp pass without them). docs/icu.md has the sizes.
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
)
# brkitr/root.res and brkitr/cjdict.dict are generated. ICU looks dictionaries up by script
# code (uscript_getShortName), boundaries by iterator kind; RECIPE becomes the recipe id, which
# winnow::text::icu_version() reports. The CJK engine insists on reading the Japanese phrase
# "extensions" (brkitr/ja.res, which names the line-break rules we drop); without them it
# fails to load and Han/kana runs come out whole, so root carries an empty list (only the
# ja@lw=phrase mode, unused here, reads it).
BRKITR_ROOT_TXT='root{
    Version{"winnow-RECIPE"}
    extensions:array{}
    boundaries{
        sentence:process(dependency){"sent.brk"}
        word:process(dependency){"word.brk"}
    }
    dictionaries{
        Hani:process(dependency){"cjdict.dict"}
        Hira:process(dependency){"cjdict.dict"}
        Kana:process(dependency){"cjdict.dict"}
        Khmr:process(dependency){"khmerdict.dict"}
        Laoo:process(dependency){"laodict.dict"}
        Mymr:process(dependency){"burmesedict.dict"}
        Thai:process(dependency){"thaidict.dict"}
    }
}'
# The one word of the stand-in CJK dictionary: a private-use character, which the dictionary
# engine never sees (it only runs over Han and kana), so every Han character and every
# hiragana becomes a word of its own and katakana runs stay whole (ICU's own katakana rule).
CJ_WORD=$'\xee\x80\x80'   # U+E000 in UTF-8

make_data() {   # the trimmed data package and its C array, made with the native tools
  local nb="$trees/native-build" d="$out.data"
  rm -rf "$d"; mkdir -p "$d/items/brkitr" "$d/out"
  say "trimming ICU data"
  printf '%s\n' "${KEEP_ITEMS[@]}" >"$d/keep.txt"
  run "$nb/bin/icupkg" -x "$d/keep.txt" -d "$d/items" "$trees/src/source/data/in/icudt72l.dat"
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
}

publish() {   # publish TARGET BUILD_TREE: assemble in a temp dir, then one atomic rename
  local target="$1" tree="$2" stage="$out.tmp-$1-$$"
  rm -rf "$stage"; mkdir -p "$stage/include/unicode" "$stage/lib" "$stage/share"
  cp "$trees"/src/source/common/unicode/*.h "$stage/include/unicode/"
  cp "$tree/lib/libicuuc.a" "$stage/lib/"
  cp "$tree/stubdata/libicudata.a" "$stage/lib/libicudata.a"
  cp "$out.data/out/winnow_icudata.c" "$out.data/out/winnow_icudata.dat" "$stage/share/"
  printf 'ICU %s, recipe %s (trees %s), target %s\n' "$ICU_VERSION" "$recipe_id" "$build_id" \
    "$target" >"$stage/BUILD-INFO"
  mkdir -p "$out"
  rm -rf "${out:?}/$target"
  mv "$stage" "$out/$target"
  say "published $out/$target"
}
# --------------------------------------------------------------------------------------------

say "recipe $recipe_id, trees $trees (log: $log)"
mkdir -p "$trees"
fetch_source
build_native_tree
make_data
[ -d "$out/native" ] || publish native "$trees/native-build"
if [ $want_wasm = 1 ] && [ ! -d "$out/wasm" ]; then
  build_wasm_tree
  publish wasm "$trees/wasm-build"
fi
rm -rf "$out.data"
say "done"
echo "$out"
