#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/tests/deb-install-test.sh BUILD_DIR WORK_DIR
#
# Builds the .deb with CPack, installs it with apt into a fresh Debian 13 (trixie) root made by
# mmdebstrap, and runs the installed program there: `copydesk --version`, then `copydesk list`
# on a new default database (which needs Qt's SQLite driver, a run-time dependency dpkg-shlibdeps
# cannot see). apt resolves the package's Depends itself, so a wrong or missing dependency fails here.
#
# Needs root (or unprivileged user namespaces) and the Debian mirror. Downloaded packages are kept
# in WORK_DIR/apt-archives, so later runs download only what changed; the root itself is always
# made fresh. COPYDESK_DEBIAN_MIRROR overrides the mirror.
set -euo pipefail

build=$(cd "${1:?usage: deb-install-test.sh BUILD_DIR WORK_DIR}" && pwd)
work=${2:?usage: deb-install-test.sh BUILD_DIR WORK_DIR}
mkdir -p "$work"
work=$(cd "$work" && pwd)
say() { printf 'deb-install-test: %s\n' "$*" >&2; }

# The mirror apt already uses here (the build root was made from it); as packaging/dev.sh does.
debian_mirror() {
  local uri
  uri=$(grep -hsE '^[[:space:]]*URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null |
    awk '{print $2}' | grep -E '/debian/?$' | head -n1 || true)
  if [ -z "$uri" ]; then
    uri=$(grep -hsE '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      awk '{for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) {print $i; exit}}' | grep -E '/debian/?$' | head -n1 || true)
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}
mirror=${COPYDESK_DEBIAN_MIRROR:-$(debian_mirror)}

start=$SECONDS
rm -rf "$work/deb" "$work/out"
mkdir -p "$work/deb" "$work/out" "$work/apt-archives"
say "building the package"
cmake --build "$build" --target copydesk >&2
(cd "$work/deb" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/deb" >&2)
deb=$(find "$work/deb" -maxdepth 1 -name 'copydesk_*.deb' | head -n1)
[ -n "$deb" ] || { say "cpack made no .deb"; exit 1; }
say "built $(basename "$deb") in $((SECONDS - start)) s"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends >&2

# What the package must hold, and where.
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/copydesk ./usr/share/applications/org.copydesk.Copydesk.desktop \
  ./usr/share/metainfo/org.copydesk.Copydesk.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/org.copydesk.Copydesk.svg; do
  grep -qxF "$path" <<<"$contents" || { say "the package lacks $path"; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6widgets6 libqt6sql6 libcmark-gfm libhunspell libkf6syntaxhighlighting; do
  grep -q "$lib" <<<"$depends" || { say "Depends lacks $lib (dpkg-shlibdeps did not run?)"; exit 1; }
done

say "installing it into a fresh Debian 13 root from $mirror"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
# The package cache is carried in and out of the new root (mmdebstrap(1), "--skip=download/empty").
# The build root has no mount(8), so nothing is mounted into the new root: the package is copied in
# and installed with apt-get inside it, which is what a user's `apt install ./copydesk.deb` does.
mmdebstrap --variant=apt \
  --skip=download/empty --skip=essential/unlink --skip=chroot/mount \
  --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
  --setup-hook="sync-in '$work/apt-archives' /var/cache/apt/archives/" \
  --customize-hook="copy-in '$deb' /tmp" \
  --customize-hook="chroot \"\$1\" env DEBIAN_FRONTEND=noninteractive apt-get install --yes --no-install-recommends '/tmp/$(basename "$deb")'" \
  --customize-hook="sync-out /var/cache/apt/archives '$work/apt-archives'" \
  --customize-hook='chroot "$1" copydesk --version >"$1/copydesk-version"' \
  --customize-hook='mkdir -p "$1/tmp/home" && chroot "$1" env HOME=/tmp/home LANG=C.UTF-8 copydesk list >"$1/copydesk-list"' \
  --customize-hook="copy-out /copydesk-version /copydesk-list '$work/out'" \
  trixie "$root/debian" "$mirror" >&2

version=$(cat "$work/out/copydesk-version")
say "installed copydesk says: $version"
[[ $version =~ ^copydesk\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || { say "unexpected --version output"; exit 1; }
# The default database of a first start holds the sample newsroom.
[ -s "$work/out/copydesk-list" ] || { say "copydesk list printed nothing"; exit 1; }
say "$(wc -l <"$work/out/copydesk-list") stories listed; the whole test took $((SECONDS - start)) s"
