#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/static/run-linters.sh BUILD_DIR [FILE...]
#
# clang-tidy (checks in .clang-tidy) and clazy (checks below) over the product's sources, using the
# compile commands of BUILD_DIR (any configured build folder). Any warning fails. With FILEs, only
# those. Run by .ci/run inside the build root, which has clang-tidy, run-clang-tidy and clazy 19.
set -euo pipefail
build=${1:?usage: tests/static/run-linters.sh BUILD_DIR [FILE...]}
shift
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$src"

# Level 0 and 1: real bugs and needless work in Qt code. Left out, each for a reason:
#   non-pod-global-static  Q_LOGGING_CATEGORY and static QStrings are the Qt idiom
#   qstring-allocations    (level 2) not enabled anyway; noted so nobody adds it without thinking
clazy_checks='level0,level1,no-non-pod-global-static'

if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(find app editor storage -name '*.cpp' | sort)
fi
[ -f "$build/compile_commands.json" ] || { echo "run-linters: no $build/compile_commands.json (configure first)" >&2; exit 2; }

# The generated moc and resource sources must exist for the sources to parse.
cmake --build "$build" --target copydesk_storage_autogen copydesk_render_autogen copydesk_editor_autogen \
  copydesk_app_autogen >/dev/null 2>&1 || true

status=0
echo "run-linters: clang-tidy on ${#files[@]} files"
if ! run-clang-tidy -quiet -p "$build" -j "$(nproc)" "${files[@]}" >"$build/clang-tidy.log" 2>&1 ||
  grep -qE '(warning|error):' "$build/clang-tidy.log"; then
  grep -E '(warning|error):' -A3 "$build/clang-tidy.log" | head -200
  echo "run-linters: clang-tidy found problems (all of them in $build/clang-tidy.log)" >&2
  status=1
fi

echo "run-linters: clazy ($clazy_checks) on ${#files[@]} files"
: >"$build/clazy.log"
printf '%s\n' "${files[@]}" |
  xargs -P "$(nproc)" -n 4 clazy-standalone -p "$build" --checks="$clazy_checks" \
    --header-filter='/(app|editor|storage)/' --ignore-dirs='_autogen' >>"$build/clazy.log" 2>&1 || true
if grep -qE '(warning|error):' "$build/clazy.log"; then
  grep -E '(warning|error):' -A3 "$build/clazy.log" | head -200
  echo "run-linters: clazy found problems (all of them in $build/clazy.log)" >&2
  status=1
fi
[ $status = 0 ] && echo "run-linters: clean"
exit $status
