#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the renderer's golden files (tests/render/golden/*.html) from their articles, on
# purpose, after a change to the page that is meant. Review the result with `git diff` before
# committing it.
#
#   tests/render/update-golden.sh [BUILD_DIR]     (default: build)
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build="$src/$build" ;; esac

cmake --build "$build" --target tst_articlerenderer_golden
COPYDESK_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    "$build/tests/render/tst_articlerenderer_golden" pageMatchesItsGolden
echo "Updated. Review with: git -C '$src' diff --stat -- tests/render/golden"
