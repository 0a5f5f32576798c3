#!/usr/bin/env bash
# Installs what Coherence needs and the machine lacks: the Graphviz C library (libgraphviz-dev,
# found through pkg-config "libgvc"), the XLSX writer libxlsxwriter (libxlsxwriter-dev, found
# through pkg-config "xlsxwriter") and the pinned font (fonts-dejavu-core). With --python it also
# makes the local virtual environment .venv with the Python packages the cross-checks use.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_python=0
want_browser=0
for arg in "$@"; do
  case "$arg" in
    --python) want_python=1 ;;
    --browser) want_browser=1 ;;
  esac
done

missing=()
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev pkg-config)
pkg-config --exists xlsxwriter 2>/dev/null || missing+=(libxlsxwriter-dev pkg-config)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ "$want_browser" = 1 ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} (Debian packages)"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "setup: error: ${missing[*]} missing and this user cannot install Debian packages." >&2
      echo "setup: ask an administrator to run: apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: error: ${missing[*]} missing and apt-get is not available on this system." >&2
    echo "setup: install Graphviz's and libxlsxwriter's development files (pkg-config must find 'libgvc' and 'xlsxwriter') and the DejaVu fonts." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || echo "setup: warning: apt-get update failed; trying the install anyway" >&2
  if ! $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/coherence-setup-apt.log 2>&1; then
    echo "setup: error: apt-get install ${missing[*]} failed; its log is in /tmp/coherence-setup-apt.log" >&2
    tail -n 20 /tmp/coherence-setup-apt.log >&2
    exit 1
  fi
  pkg-config --exists libgvc || { echo "setup: error: libgraphviz-dev installed but pkg-config still cannot find libgvc" >&2; exit 1; }
  pkg-config --exists xlsxwriter || { echo "setup: error: libxlsxwriter-dev installed but pkg-config still cannot find xlsxwriter" >&2; exit 1; }
fi

if [ "$want_python" = 1 ]; then
  if [ ! -x .venv/bin/python ]; then
    echo "setup: creating the Python virtual environment .venv"
    python3 -m venv .venv
  fi
  # Reinstall when Scripts/requirements.txt changed since the last install (a stamp records its hash).
  want="$(sha256sum Scripts/requirements.txt | cut -d' ' -f1)"
  have="$(cat .venv/.requirements.sha256 2>/dev/null || true)"
  if [ "$want" != "$have" ]; then
    echo "setup: installing Python packages into .venv (Scripts/requirements.txt)"
    .venv/bin/pip install -q --disable-pip-version-check -r Scripts/requirements.txt
    echo "$want" > .venv/.requirements.sha256
  fi
fi
echo "setup: ok (Graphviz $(pkg-config --modversion libgvc), libxlsxwriter $(dpkg-query -W -f='${Version}' libxlsxwriter-dev 2>/dev/null || pkg-config --modversion xlsxwriter))"
