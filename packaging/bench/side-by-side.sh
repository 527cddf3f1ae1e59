#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Copydesk side by side with ghostwriter, KWrite and a bare Qt 6 QPlainTextEdit, on the same
# Markdown files, under an Xvfb of its own, in a Debian 13 root made from packaging/bench/packages.txt.
#
#   packaging/bench/side-by-side.sh [--runs N] [--sizes "6k 100k 1m 5m"] [--programs "copydesk ..."]
#                                   [--typing] [--typing-keys N] [--json FILE]
#
# Builds copydesk and bench_plaintext with packaging/dev.sh (in $COPYDESK_BENCH_BUILD, default
# build/bench), makes the benchmark root once (kept as $COPYDESK_ROOT_CACHE/bench-<hash of the
# package list>, apart from dev.sh's root-* folders), then runs packaging/bench/measure.py in it.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
pkglist="$src/packaging/bench/packages.txt"
cache=${COPYDESK_ROOT_CACHE:-/var/cache/copydesk}
build=${COPYDESK_BENCH_BUILD:-build/bench}

say() { printf 'side-by-side: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo --preserve-env=COPYDESK_ROOT_CACHE "$@"
  else
    die "making and entering the benchmark root needs root (no sudo found)"
  fi
}

packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$pkglist" | grep -v '^$' | sort -u; }
root_key() { { packages; echo "bench-v1"; } | sha256sum | cut -c1-16; }

# The same mirror as dev.sh: the one this machine's apt uses.
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

# Makes the root once per package list; a lock of its own, so it never waits for dev.sh's.
ensure_root() {
  local key root
  key=$(root_key)
  root="$cache/bench-$key"
  if [ -f "$root/.copydesk-ready" ]; then
    echo "$root"
    return
  fi
  if ! command -v mmdebstrap >/dev/null; then
    say "installing mmdebstrap"
    as_root apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >&2
  fi
  as_root mkdir -p "$cache"
  as_root touch "$cache/.bench-lock"
  exec 8<"$cache/.bench-lock"
  flock 8
  if [ ! -f "$root/.copydesk-ready" ]; then
    say "making the benchmark root in $root (a few minutes, once)"
    local tmp="$cache/.making-bench-$key"
    as_root rm -rf "$tmp"
    as_root mmdebstrap --variant=apt --quiet --include="$(packages | paste -sd, -)" \
      trixie "$tmp" "$(debian_mirror)" >&2
    as_root touch "$tmp/.copydesk-ready"
    as_root mv "$tmp" "$root"
    local old
    for old in "$cache"/bench-*; do
      [ "$old" = "$root" ] || as_root rm -rf "$old"
    done
  fi
  exec 8>&-
  echo "$root"
}

# Runs measure.py in the root, with the source tree at the same path and a fresh /tmp.
in_root() {
  local root=$1
  shift
  as_root unshare --mount --propagation private -- bash -euo pipefail -c '
    root=$1 src=$2; shift 2
    [ -s "$root/etc/machine-id" ] || tr -d - </proc/sys/kernel/random/uuid >"$root/etc/machine-id"
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/tmp"
    mkdir -p "$root$src"
    mount --bind "$src" "$root$src"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
      HOME=/tmp/home LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb \
      bash -c "cd \"\$0\" && exec python3 packaging/bench/measure.py \"\$@\"" "$src" "$@"
  ' bash "$root" "$src" "$@"
}

main() {
  if [ "${1:-}" = --prepare ]; then
    ensure_root
    return
  fi
  say "building copydesk and bench_plaintext in $build"
  "$src/packaging/dev.sh" shell bash -c \
    "cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOPYDESK_WERROR=ON >/dev/null && cmake --build $build --target copydesk bench_plaintext >/dev/null"
  local root
  root=$(ensure_root)
  say "measuring (figures from this machine as it is now; interleaved runs)"
  in_root "$root" --build "$build" "$@"
}

main "$@"
