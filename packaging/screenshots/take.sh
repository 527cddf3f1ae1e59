#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the screenshots of the window with the preview, light and dark, from the sample newsroom:
#   packaging/dev.sh shell packaging/screenshots/take.sh BUILD_DIR
# and, in the German, French or Spanish translation, editor-preview-LANG.png:
#   packaging/dev.sh shell packaging/screenshots/take.sh BUILD_DIR de
set -euo pipefail
build=${1:?usage: packaging/screenshots/take.sh BUILD_DIR [LANGUAGE]}
language=${2:-}
here=$(dirname "${BASH_SOURCE[0]}")
cmake --build "$build" --target takescreenshots
if [ -z "$language" ]; then
  QT_QPA_PLATFORM=offscreen "$build/tests/app/takescreenshots" "$here"
  exit
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The program's language follows the system's; the user's own choice in Settings is kept out.
env -u LC_ALL -u LC_MESSAGES LANG="${language}.UTF-8" LANGUAGE="$language" XDG_CONFIG_HOME="$scratch/config" \
  QT_QPA_PLATFORM=offscreen "$build/tests/app/takescreenshots" "$scratch"
cp "$scratch/editor-preview-light.png" "$here/editor-preview-$language.png"
