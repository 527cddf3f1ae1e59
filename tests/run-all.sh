#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/run-all.sh BUILD_DIR   (what `packaging/dev.sh test` runs; inside the build root or natively)
#
# Every test there is, in three stages, each timed:
#   1. the suite of BUILD_DIR (already built by the caller), as a user's build runs it;
#   2. clang-tidy over the product's sources (tests/static/run-linters.sh, .clang-tidy);
#   3. the suite again in build/asan under AddressSanitizer + UndefinedBehaviorSanitizer, compiled
#      through clazy, with every libFuzzer target run for COPYDESK_FUZZ_SECONDS (default 60)
#      (tests/sanitizers/run.sh).
# A stage that fails does not stop the others, so one run shows every problem; the exit status is
# that of the first failure.
set -uo pipefail
build=${1:?usage: tests/run-all.sh BUILD_DIR}
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
for tool in clang++ clazy clang-tidy run-clang-tidy; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done

status=0
summary=()
stage() {
  local name=$1
  shift
  local start=$SECONDS
  echo "=== run-all: $name"
  "$@"
  local rc=$?
  summary+=("$(printf '%-34s %s in %d s' "$name" "$([ $rc = 0 ] && echo passed || echo "FAILED ($rc)")" $((SECONDS - start)))")
  [ $status != 0 ] || status=$rc
}

stage "suite ($build)" tests/run-tests.sh "$build"
if [ ${#missing[@]} = 0 ]; then
  stage "clang-tidy" tests/static/run-linters.sh "$build"
  stage "ASan + UBSan + clazy, fuzzing" tests/sanitizers/run.sh
else
  # A native host without clang's tools still runs the suite; the build root always has them.
  echo "run-all: not run here, for want of ${missing[*]}: clang-tidy, and the sanitizer, clazy and fuzz stage" >&2
  summary+=("static and sanitizer stages          NOT RUN: this host lacks ${missing[*]}")
fi

echo "=== run-all: summary"
printf '  %s\n' "${summary[@]}"
exit $status
