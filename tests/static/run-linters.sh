#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/static/run-linters.sh BUILD_DIR [FILE...]
#
# clang-tidy (checks in .clang-tidy) over the product's sources (app, editor, storage), with the
# compile commands of BUILD_DIR (any configured build folder). Any warning fails. With FILEs, only
# those. clazy is not run here: the "asan" preset compiles everything, tests included, through
# clazy with -Werror (CMakePresets.json), so its checks cost no second parse.
set -euo pipefail
build=${1:?usage: tests/static/run-linters.sh BUILD_DIR [FILE...]}
shift
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$src"

if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(find app editor storage -name '*.cpp' | sort)
fi
[ -f "$build/compile_commands.json" ] || { echo "run-linters: no $build/compile_commands.json (configure first)" >&2; exit 2; }

# The generated moc and resource sources must exist for the sources to parse.
cmake --build "$build" --target copydesk_storage_autogen copydesk_render_autogen copydesk_editor_autogen \
  copydesk_app_autogen >/dev/null

echo "run-linters: clang-tidy on ${#files[@]} files"
log=$build/clang-tidy.log
if ! run-clang-tidy -quiet -p "$build" -j "$(nproc)" "${files[@]}" >"$log" 2>&1 ||
  grep -qE '(warning|error):' "$log"; then
  grep -E '(warning|error):' -A3 "$log" | head -200
  echo "run-linters: clang-tidy found problems (all of them in $log)" >&2
  exit 1
fi
echo "run-linters: clean"
