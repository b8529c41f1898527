#!/usr/bin/env python3
"""Runs every JSONL case (README.md) through the perspectief tool and compares its standard
output with expected/<id>.jsonl byte for byte; --bless writes those files instead (review
them with git diff before committing).

Usage: check_cli.py PERSPECTIEF [--bless]    prints "N passed, N failed"; exit 1 on a failure
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def cases():
    """(id, engine, options text, CLI arguments) of each line of cases.tsv."""
    with open(os.path.join(HERE, "cases.tsv"), encoding="utf-8") as f:
        for row in f:
            if row.startswith("#") or not row.strip():
                continue
            case_id, engine, options, arguments = row.rstrip("\n").split("\t")
            yield case_id, engine, options, json.loads(arguments)


def main() -> int:
    if len(sys.argv) not in (2, 3) or (len(sys.argv) == 3 and sys.argv[2] != "--bless"):
        raise SystemExit(__doc__)
    tool, bless = sys.argv[1], len(sys.argv) == 3
    passed = failed = 0
    for case_id, _engine, _options, arguments in cases():
        run = subprocess.run([tool, *arguments, os.path.join(HERE, "plans.jsonl")], capture_output=True)
        expected_path = os.path.join(HERE, "expected", case_id + ".jsonl")
        if bless:
            with open(expected_path, "wb") as out:
                out.write(run.stdout)
            lines = run.stdout.count(b"\n")
            print(f"blessed {case_id}: {lines} lines (exit {run.returncode})")
            continue
        with open(expected_path, "rb") as f:
            expected = f.read()
        if run.stdout == expected:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: jsonl case {case_id}: perspectief {' '.join(arguments)} differs from {expected_path}"
                  f" (rerun with --bless if the change is meant)")
    if not bless:
        print(f"jsonl cases: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
