#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""validate.py SCHEMA DOCUMENT

Validates a ninjs DOCUMENT against the JSON SCHEMA (draft 2020-12) with python3-jsonschema and
prints one line per error. Exit code 0 only when the document is valid.

date-time and uri are checked here in any case: jsonschema checks those formats only when optional
packages are installed, and silently passes them otherwise.
"""
import json
import re
import sys
import urllib.parse

import jsonschema

RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", re.IGNORECASE
)

checker = jsonschema.FormatChecker()


@checker.checks("date-time", raises=ValueError)
def is_date_time(value):
    if isinstance(value, str) and not RFC3339.match(value):
        raise ValueError(f"{value!r} is not an RFC 3339 date-time")
    return True


@checker.checks("uri", raises=ValueError)
def is_uri(value):
    if isinstance(value, str):
        parts = urllib.parse.urlsplit(value)
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*$", parts.scheme or "") or any(c.isspace() for c in value):
            raise ValueError(f"{value!r} is not an absolute URI")
    return True


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        document = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=checker)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    for error in errors:
        where = "/".join(map(str, error.absolute_path)) or "(document)"
        print(f"{where}: {error.message}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
