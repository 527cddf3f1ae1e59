#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/static/check-forbidden.sh PATH...            fails if the C++ sources under PATH contain
#   - ignoreSslErrors (product.md: a bad certificate is never ignored), or
#   - SQL built by pasting a value into its text: a quote next to a `+`, `%1` or `.arg(` in a
#     string holding SQL ('...' + name, '%1', LIKE '%" + ...). Values are bound with `?`.
# tests/static/check-forbidden.sh --self-test DIR    each DIR/bad-*.cpp must fail, each good-*.cpp pass
#
# Comment lines (//, /// and * ) are not code and are not checked. A line that must build SQL
# from constant fragments needs no exemption: only a quote beside the join is flagged.
set -uo pipefail

sql='\b(SELECT|INSERT|UPDATE|DELETE|WHERE|FROM|VALUES|LIKE|MATCH|PRAGMA|ORDER BY|GROUP BY|SET)\b'

check() {
  local found=0 files
  files=$(find "$@" -type f \( -name '*.cpp' -o -name '*.h' \) 2>/dev/null | sort)
  [ -n "$files" ] || { echo "check-forbidden: no C++ files under $*" >&2; return 2; }
  # shellcheck disable=SC2086
  if grep -nH 'ignoreSslErrors' $files | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(//|\*)'; then
    echo "check-forbidden: ignoreSslErrors is never called: a bad certificate must fail the request" >&2
    found=1
  fi
  # A quote that ends or starts a literal next to a join, or a quoted placeholder, in SQL text.
  # shellcheck disable=SC2086
  if grep -nHE "$sql" $files | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(//|\*)' |
    grep -E "'\"[[:space:]]*\)?[[:space:]]*(\+|%)|\+[[:space:]]*(QStringLiteral|QLatin1StringView|QString|u)?\(?[[:space:]]*\"'|'%[0-9]|%[0-9]'|'\"\)?\.arg\(|(=|LIKE|MATCH)[[:space:]]*\"\)?[[:space:]]*\+"; then
    echo "check-forbidden: SQL with a value pasted into its text; bind it with ? instead" >&2
    found=1
  fi
  return $found
}

if [ "${1:-}" = --self-test ]; then
  dir=${2:?usage: check-forbidden.sh --self-test DIR}
  status=0
  for f in "$dir"/bad-*.cpp; do
    if check "$f" >/dev/null 2>&1; then
      echo "self-test: $f was not flagged" >&2
      status=1
    fi
  done
  for f in "$dir"/good-*.cpp; do
    if ! check "$f"; then
      echo "self-test: $f was flagged" >&2
      status=1
    fi
  done
  [ $status = 0 ] && echo "self-test: every bad example flagged, every good one passed"
  exit $status
fi

[ $# -gt 0 ] || { sed -n '4,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
check "$@" && echo "check-forbidden: clean"
