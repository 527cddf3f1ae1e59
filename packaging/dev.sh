#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Copydesk and runs it or its tests.
#
#   packaging/dev.sh run [APP ARGS...]   build, then start the app on $DISPLAY
#   packaging/dev.sh test                build, then run every test: the suite, clang-tidy, and the
#                                        suite again under ASan + UBSan + clazy with the fuzz targets
#   packaging/dev.sh test CTEST ARGS...  build, then only the suite's tests that CTEST ARGS select
#   packaging/dev.sh build               build only
#   packaging/dev.sh shell [CMD...]      a shell (or CMD) where the build happens
#
# On a host that has Qt >= 6.5, KF6 SyntaxHighlighting, QtKeychain (Qt 6), cmark-gfm and hunspell
# the build is native and needs no root. Elsewhere (Debian 12 has Qt 6.4 and no KF6) a Debian 13
# build root is made with mmdebstrap from packaging/buildroot/packages.txt, kept in
# $COPYDESK_ROOT_CACHE (default /var/cache/copydesk) and made again when that list changes.
# COPYDESK_BUILD=native|root forces one way.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pkglist="$src/packaging/buildroot/packages.txt"
cache=${COPYDESK_ROOT_CACHE:-/var/cache/copydesk}
build_type=${COPYDESK_BUILD_TYPE:-RelWithDebInfo}

say() { printf 'copydesk-dev: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

usage() {
  sed -n '4,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

# --- how to build ------------------------------------------------------------------------------

# True when this host can build natively: the same find_package() calls as the project.
host_has_dependencies() {
  command -v cmake >/dev/null || return 1
  local probe
  probe=$(mktemp -d)
  local ok=1
  if cmake -S "$src" -B "$probe" -G "$(generator)" -DCOPYDESK_DEPENDENCIES_ONLY=ON >"$probe.log" 2>&1; then
    ok=0
  fi
  rm -rf "$probe" "$probe.log"
  return $ok
}

generator() {
  if command -v ninja >/dev/null || command -v ninja-build >/dev/null; then
    echo Ninja
  else
    echo "Unix Makefiles"
  fi
}

choose_mode() {
  case "${COPYDESK_BUILD:-auto}" in
    native | root) echo "$COPYDESK_BUILD" ;;
    auto)
      if [ -f "$src/build/native/CMakeCache.txt" ] || host_has_dependencies; then
        echo native
      else
        echo root
      fi
      ;;
    *) die "COPYDESK_BUILD must be native, root or auto" ;;
  esac
}

# --- the Debian 13 build root ------------------------------------------------------------------

packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$pkglist" | grep -v '^$' | sort -u; }

root_key() { { packages; echo "bootstrap-v1"; } | sha256sum | cut -c1-16; }

# The Debian mirror this machine's apt already uses; Debian 13 is served by the same one.
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

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo --preserve-env=DISPLAY,XAUTHORITY,COPYDESK_ROOT_CACHE,COPYDESK_BUILD_TYPE "$@"
  else
    die "the build root needs root (no sudo found); install the dependencies and build natively instead, see README.md"
  fi
}

ensure_root() {
  local key root
  key=$(root_key)
  root="$cache/root-$key"
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
  # One maker at a time; whoever waited finds the root made.
  as_root touch "$cache/.lock"
  exec 9<"$cache/.lock"
  flock 9
  if [ -f "$root/.copydesk-ready" ]; then
    exec 9>&-
    echo "$root"
    return
  fi
  local mirror
  mirror=$(debian_mirror)
  say "making the Debian 13 build root in $root from $mirror (a few minutes, once)"
  local tmp="$cache/.making-$key"
  as_root rm -rf "$tmp"
  as_root mmdebstrap --variant=apt --quiet \
    --include="$(packages | paste -sd, -)" \
    trixie "$tmp" "$mirror" >&2
  as_root touch "$tmp/.copydesk-ready"
  as_root mv "$tmp" "$root"
  # Roots made from older package lists are of no more use.
  local old
  for old in "$cache"/root-*; do
    [ "$old" = "$root" ] || as_root rm -rf "$old"
  done
  exec 9>&-
  echo "$root"
}

# Runs the shell command $2 inside the build root with the source tree, /proc, /sys, /dev, the X11 socket and the
# home folder mounted at the same paths as on the host. The private mount namespace takes every
# mount away when the command ends, however it ends.
in_root() {
  local root=$1 script=$2
  local home=${HOME:-/root}
  # Through sudo, build and run as the user who asked, so the build tree and the user's data stay theirs.
  local uid gid
  uid=$(id -u) gid=$(id -g)
  as_root unshare --mount --propagation private -- bash -euo pipefail -c '
    root=$1 src=$2 home=$3 uid=$4 gid=$5; shift 5
    # D-Bus (the keychain in tests) refuses to start without a machine id; mmdebstrap leaves it empty.
    [ -s "$root/etc/machine-id" ] || tr -d - </proc/sys/kernel/random/uuid >"$root/etc/machine-id"
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/tmp"
    if [ -d /tmp/.X11-unix ]; then
      mkdir -p "$root/tmp/.X11-unix"
      mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    fi
    mkdir -p "$root$src" "$root$home"
    mount --bind "$src" "$root$src"
    [ "$home" = "$src" ] || mount --bind "$home" "$root$home"
    if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then
      cp "$XAUTHORITY" "$root/tmp/.Xauthority"
      chown "$uid:$gid" "$root/tmp/.Xauthority"
    fi
    user=()
    [ "$uid" = 0 ] || user=(setpriv --reuid="$uid" --regid="$gid" --clear-groups)
    exec chroot "$root" "${user[@]}" /usr/bin/env -i \
      PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME="$home" LANG=C.UTF-8 TERM="${TERM:-dumb}" \
      DISPLAY="${DISPLAY:-}" XAUTHORITY=/tmp/.Xauthority CI="${CI:-}" \
      COPYDESK_BUILD_TYPE="${COPYDESK_BUILD_TYPE:-}" \
      bash -c "cd $(printf %q "$src") && $1"
  ' bash "$root" "$src" "$home" "$uid" "$gid" "$script"
}

# --- build, run, test --------------------------------------------------------------------------

# Prints the commands that configure and build in $1, for either way of building.
build_commands() {
  local dir=$1
  printf 'cmake -S . -B %q -G %q -DCMAKE_BUILD_TYPE=%q -DCOPYDESK_WERROR=ON >/dev/null && cmake --build %q --parallel %s' \
    "$dir" "$(generator)" "$build_type" "$dir" "$(nproc)"
}

main() {
  [ $# -ge 1 ] || usage
  local cmd=$1
  shift
  local mode dir run_prefix=()
  mode=$(choose_mode)
  if [ "$mode" = native ]; then
    dir=build/native
  else
    local root
    root=$(ensure_root)
    dir=build/root-$(basename "$root" | sed 's/^root-//')
  fi

  local script
  script="$(build_commands "$dir")"
  case "$cmd" in
    build) ;;
    run)
      [ -n "${DISPLAY:-}" ] || die "no \$DISPLAY to show the window on (try: xvfb-run packaging/dev.sh run)"
      script+=" && exec $dir/app/copydesk $(printf '%q ' "$@")"
      ;;
    test)
      if [ $# -gt 0 ]; then
        script+=" && exec tests/run-tests.sh $dir $(printf '%q ' "$@")"
      else
        script+=" && exec tests/run-all.sh $dir"
      fi
      ;;
    shell)
      if [ $# -gt 0 ]; then script="$(printf '%q ' "$@")"; else script="exec bash -i"; fi
      ;;
    *) usage ;;
  esac

  if [ "$mode" = native ]; then
    say "building natively in $dir"
    (cd "$src" && bash -c "$script")
  else
    say "building in the Debian 13 build root, in $dir"
    # Remove build folders of roots that no longer exist, whose caches point at them.
    local old
    for old in "$src"/build/root-*; do
      [ -e "$old" ] && [ "$old" != "$src/$dir" ] && rm -rf "$old"
    done
    in_root "$root" "$script"
  fi
}

main "$@"
