#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/run-tests.sh BUILD_DIR [CTEST ARGS...]
#
# Runs every test of the build in BUILD_DIR with what the tests need around them: a private D-Bus
# session holding an unlocked gnome-keyring (the real keychain QtKeychain talks to) in a throw-away
# data folder, so no test ever sees the user's own secrets. GUI tests set QT_QPA_PLATFORM=offscreen
# themselves, so no display is needed.
set -euo pipefail

build=${1:?usage: tests/run-tests.sh BUILD_DIR [CTEST ARGS...]}
shift

if [ -z "${COPYDESK_TEST_SESSION:-}" ] && command -v dbus-run-session >/dev/null; then
  export COPYDESK_TEST_SESSION=1
  exec dbus-run-session -- bash "$0" "$build" "$@"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
export XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v gnome-keyring-daemon >/dev/null; then
  # An empty password creates and unlocks the login keyring without a prompt.
  set -a
  eval "$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets)"
  set +a
fi

ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
