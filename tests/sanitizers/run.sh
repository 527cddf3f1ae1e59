#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/sanitizers/run.sh [CTEST ARGS...]   (inside the build root: packaging/dev.sh shell ...)
#
# Builds the "asan" preset (clang through clazy, AddressSanitizer + UndefinedBehaviorSanitizer, and
# the libFuzzer targets) in build/asan and runs the whole suite there, each fuzz target for
# COPYDESK_FUZZ_SECONDS (default 60). A clazy warning fails the build (-Werror). Any sanitizer
# report fails its test: UBSan halts on the first error; LeakSanitizer reports only leaks not in
# lsan.supp (third-party libraries only, each entry justified there).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cmake --preset asan -DCOPYDESK_FUZZ_SECONDS="${COPYDESK_FUZZ_SECONDS:-60}" >/dev/null
cmake --build --preset asan
# Reports name functions, files and lines only with the symbolizer, which Debian keeps out of PATH.
symbolizer=$(command -v llvm-symbolizer || ls /usr/lib/llvm-*/bin/llvm-symbolizer 2>/dev/null | tail -n1 || true)
[ -z "$symbolizer" ] || export ASAN_SYMBOLIZER_PATH=$symbolizer UBSAN_SYMBOLIZER_PATH=$symbolizer
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
# The kill test's 200 rounds prove the saving logic in the normal run; here each child is 3-4 times
# slower, and what is checked is memory and UB, for which 40 rounds do.
export COPYDESK_KILL_ROUNDS=${COPYDESK_KILL_ROUNDS:-40}
exec tests/run-tests.sh build/asan "$@"
