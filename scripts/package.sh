#!/usr/bin/env bash
# `npm run package`: the zips a reader gets from the Chrome Web Store and from
# addons.mozilla.org, in dist/: winnow-<version>-chrome.zip and winnow-<version>-firefox.zip.
# Each holds the extension (manifest tuned per browser), the built wasm module, and
# THIRD_PARTY_NOTICES.txt with the licences of what ships (Winnow's and ICU's Unicode licence,
# taken from the ICU source tree the build used).
set -euo pipefail
cd "$(dirname "$0")/.."
# WINNOW_SKIP_BUILD=1: package the module already in extension/dist/ (e.g. from WINNOW_WASM_DIR).
[ -n "${WINNOW_SKIP_BUILD:-}" ] || bash scripts/build.sh wasm
bash scripts/build-extension.sh

cache="${XDG_CACHE_HOME:-$HOME/.cache}/winnow"
icu_license=""
for f in "$cache"/icu-72.1-trees-*/src/LICENSE "$cache"/icu-72.1-*/src/LICENSE; do
  [ -f "$f" ] && { icu_license="$f"; break; }
done
if [ -z "$icu_license" ]; then
  tarball=$(ls "$cache"/icu-72.1-*/icu_72.1.orig.tar.gz 2>/dev/null | head -1 || true)
  if [ -n "$tarball" ]; then
    icu_license="$(mktemp)"
    tar -xzOf "$tarball" icu/LICENSE > "$icu_license"
  fi
fi
[ -s "$icu_license" ] || { echo "winnow: ICU's LICENSE not found under $cache (run scripts/build-icu.sh)" >&2; exit 1; }

python3 - "$icu_license" <<'PY'
import json, pathlib, sys, zipfile
root = pathlib.Path(".")
manifest = json.loads((root / "manifest.json").read_text())
version = manifest["version"]
pkg = json.loads((root / "package.json").read_text())
notices = "\n".join([
    "Winnow " + version + " ships the following software.",
    "", "=" * 72, "Winnow: " + pkg.get("license", "MIT") + " licence", "=" * 72,
    (root / "LICENSE").read_text() if (root / "LICENSE").exists() else
    "MIT License\n\nCopyright (c) the Winnow authors\n\n"
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and\n"
    "associated documentation files (the \"Software\"), to deal in the Software without restriction,\n"
    "including without limitation the rights to use, copy, modify, merge, publish, distribute,\n"
    "sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is\n"
    "furnished to do so, subject to the following conditions:\n\n"
    "The above copyright notice and this permission notice shall be included in all copies or\n"
    "substantial portions of the Software.\n\n"
    "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT\n"
    "NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND\n"
    "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES\n"
    "OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN\n"
    "CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n",
    "", "=" * 72,
    "ICU 72.1 (International Components for Unicode), compiled into extension/dist/winnow.wasm",
    "with a trimmed copy of its data. Licence (the Unicode licence, with ICU's third-party notices):",
    "=" * 72, pathlib.Path(sys.argv[1]).read_text(errors="replace")]
    + [part for f, what in (
        ("/usr/share/doc/emscripten/copyright",
         "Emscripten's runtime (winnow.js glue, libc++/libc++abi, compiler-rt), compiled into winnow.{js,wasm}"),
        ("/usr/share/emscripten/system/lib/libc/musl/COPYRIGHT", "musl libc (parts compiled into winnow.wasm)"))
       if pathlib.Path(f).exists()
       for part in ("", "=" * 72, what, "=" * 72, pathlib.Path(f).read_text(errors="replace"))])

files = ["popup.html", "options.html"]
files += [str(p) for p in sorted((root / "_locales").rglob("*")) if p.is_file()]
files += [str(p) for p in sorted((root / "extension").rglob("*")) if p.is_file()]

def build(name, tune):
    m = json.loads(json.dumps(manifest))
    tune(m)
    out = root / "dist" / f"winnow-{version}-{name}.zip"
    out.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("manifest.json", json.dumps(m, indent=2, ensure_ascii=False) + "\n")
        z.writestr("THIRD_PARTY_NOTICES.txt", notices)
        for f in files:
            z.write(f, f)
    print(f"{out}  {out.stat().st_size} bytes")

def chrome(m):  # Chromium: the service worker only; no Gecko settings
    m["background"].pop("scripts", None)
    m.pop("browser_specific_settings", None)

def firefox(m):  # Firefox: background scripts (no extension service workers there)
    m["background"].pop("service_worker", None)

build("chrome", chrome)
build("firefox", firefox)
PY
