#!/usr/bin/env python3
"""Writes plans.jsonl, the input of the JSONL cases (README.md), from examples/plans:
plans of three regions, a blank line, a line that is not JSON, a plan of a region the
library does not know, a plan whose content was changed behind its history's back
(replay --verify says false) and a last line with CRLF.

Usage: python3 tests/conformance/jsonl/make_plans.py   (from the repository root)
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")


def plan(name: str) -> dict:
    with open(os.path.join(ROOT, "examples", "plans", name), encoding="utf-8") as f:
        return json.load(f)


def line(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


diemen = plan("diemen-ziekenhuis-segment-b.json")          # amsterdam-zaanstreek
lelystad = plan("lelystad-zelfstandig-wonen-verblijf.json")  # flevoland
ede = plan("ede-familiegroepsplan.json")                     # foodvalley
tampered = dict(diemen, id="pp-2026-dmn-0009-changed")       # not what its history made

lines = [
    line(diemen),
    "",
    '{"format":',
    line(lelystad),
    '{"id":"pp-atlantis-1","profile":"atlantis"}',
    line(ede),
    line(tampered),
    line(diemen) + "\r",
]
with open(os.path.join(HERE, "plans.jsonl"), "w", encoding="utf-8", newline="") as out:
    out.write("\n".join(lines) + "\n")
