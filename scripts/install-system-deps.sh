#!/usr/bin/env bash
# Installs the Debian packages Winnow builds and tests with. Idempotent: packages already
# present are skipped, and apt is only touched when something is missing.
set -euo pipefail

PKGS=(cmake g++ make python3 pkg-config dpkg-dev
      emscripten libgumbo-dev catch2 nlohmann-json3-dev
      chromium chromium-driver firefox-esr
      clang-14 libclang-rt-14-dev)   # libFuzzer (scripts/fuzz.sh)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# ICU's source package comes from the deb-src twin of the configured bookworm archive.
src_list=/etc/apt/sources.list.d/winnow-src.sources
need_src=0
if [ ! -f "$src_list" ]; then need_src=1; fi

if [ ${#missing[@]} -eq 0 ] && [ $need_src -eq 0 ]; then
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if [ $need_src -eq 1 ]; then
  $SUDO tee "$src_list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi
echo "winnow: installing system packages: ${missing[*]:-(source index only)}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
