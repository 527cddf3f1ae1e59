#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the screenshots of the window with the preview, light and dark, from the sample newsroom:
#   packaging/dev.sh shell packaging/screenshots/take.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: packaging/screenshots/take.sh BUILD_DIR}
cmake --build "$build" --target takescreenshots
QT_QPA_PLATFORM=offscreen "$build/tests/app/takescreenshots" "$(dirname "${BASH_SOURCE[0]}")"
