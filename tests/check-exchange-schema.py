#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks every line of an exchange file against the JSON Schema of a line.

    check-exchange-schema.py SCHEMA FILE.discorsi

Exit status 0 when every line is valid, 1 when one is not (the first problems
are printed, with their line), 77 when python3-jsonschema is not installed
(the test is skipped)."""

import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: apt-get install python3-jsonschema", file=sys.stderr)
    sys.exit(77)


def kind_validator(schema, kind):
    return jsonschema.Draft202012Validator({"$ref": "#/$defs/" + kind, "$defs": schema["$defs"]},
                                           format_checker=jsonschema.FormatChecker())


def main():
    schema_path, file_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

    problems = 0
    lines = 0
    with open(file_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            lines += 1
            instance = json.loads(line)
            if validator.is_valid(instance):
                continue
            problems += 1
            if problems > 20:
                continue
            # A line is one of several kinds: say what is wrong in the kind it
            # claims to be, rather than that it matches none of them.
            kind = "header" if number == 1 else instance.get("kind") if isinstance(instance, dict) else None
            if kind in schema["$defs"]:
                errors = kind_validator(schema, kind).iter_errors(instance)
            else:
                errors = validator.iter_errors(instance)
            for error in errors:
                where = "/".join(str(p) for p in error.absolute_path) or "(line)"
                print(f"line {number}: {where}: {error.message[:200]}", file=sys.stderr)
    if lines == 0:
        print("the file is empty", file=sys.stderr)
        return 1
    print(f"{lines} lines checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
