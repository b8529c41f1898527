"""The shared JSONL cases (tests/conformance/jsonl) from Python.

C, Java, C# and the CLI hand back the lines of pp_jsonl_next, so their tests
compare text. Python's JSONL functions give typed results instead (``Plan``,
``Problem``, ``Decision``, ``Records``, errors as exceptions), made by the
package's own stream over the same pipeline. This file writes each result in
the line form the other languages print (capi/src/jsonl_lines.hpp names it)
and holds it to the same expected lines: every value, code, pointer and rule
id, in file order, with the same number of workers. A result that Python reads
differently (a lost member, another error code, a decision in another order)
fails here, whatever the text's member order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

import perspectief
from perspectief import BulkResult, Engine, Engines, LineResult, PerspectiefError

from conftest import ROOT

CASES = ROOT / "tests" / "conformance" / "jsonl"
PLANS = CASES / "plans.jsonl"


def _cases() -> list[tuple[str, str, dict[str, Any]]]:
    rows = []
    for row in (CASES / "cases.tsv").read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        case_id, engine, options, _cli = row.split("\t")
        rows.append((case_id, engine, json.loads(options)))
    return rows


def _error(error: PerspectiefError) -> dict[str, Any]:
    document: dict[str, Any] = {
        "code": error.code,
        "message": error.message,
        "name": error.code_name,
        "pointer": error.pointer,
    }
    if error.problems:
        document["problems"] = [p.to_dict() for p in error.problems]
    if error.rules:
        document["rules"] = list(error.rules)
    return document


def _head(result: LineResult[Any]) -> dict[str, Any]:
    head: dict[str, Any] = {"line": result.line}
    if result.plan_id is not None:
        head["plan"] = result.plan_id
    return head


def _error_line(result: LineResult[Any]) -> dict[str, Any]:
    assert result.error is not None
    return {**_head(result), "error": _error(result.error)}


def _bulk_line(result: LineResult[BulkResult]) -> dict[str, Any]:
    value = result.value
    assert value is not None
    line = _head(result)
    if value.errors:
        line["errors"] = {name: _error(error) for name, error in value.errors.items()}
    if value.problems is not None:
        line["problems"] = [p.to_dict() for p in value.problems]
    if value.records:
        line["records"] = {kind: list(rows) for kind, rows in value.records.items()}
    if value.replayed is not None:
        line["replayed"] = value.replayed.to_dict()
    if value.verified is not None:
        line["verified"] = value.verified
    return line


def _replay_line(result: LineResult[BulkResult]) -> dict[str, Any]:
    """pp_jsonl's replay with verify, from bulk's replay and verify passes:
    a failed replay is the line's error there."""
    value = result.value
    assert value is not None
    if "replay" in value.errors:
        return {**_head(result), "error": _error(value.errors["replay"])}
    assert value.replayed is not None
    return {**_head(result), "replayed": value.replayed.to_dict(), "verified": value.verified}


def _lines(options: dict[str, Any], engine: Engine | Engines) -> Iterator[dict[str, Any]]:
    """The case's lines as Python's JSONL functions give them."""
    operation = options["operation"]
    workers = options.get("workers", 1)
    if operation == "parse":
        # Parsing takes no region's rules: each plan's own region would only add limits.
        for result in perspectief.iter_plans(PLANS, workers=workers):
            if not result.ok:
                yield _error_line(result)
            else:
                yield {**_head(result), "parsed": result.unwrap().to_dict()}
    elif operation == "validate":
        for result in perspectief.validate_jsonl(PLANS, engine=engine, workers=workers):
            yield _error_line(result) if not result.ok else {**_head(result), "problems": [p.to_dict() for p in result.unwrap()]}
    elif operation == "replay":
        assert options.get("verify"), "replay without verify is replay_jsonl; add its branch with the case"
        for result in perspectief.bulk_jsonl(PLANS, engine=engine, replay=True, verify=True, workers=workers):
            yield _error_line(result) if not result.ok else _replay_line(result)
    elif operation == "decide":
        for result in perspectief.decide_jsonl(PLANS, options["requests"], engine=engine, workers=workers):
            if not result.ok:
                yield _error_line(result)
                continue
            for index, decision in enumerate(result.unwrap()):
                yield {**_head(result), "decision": decision.to_dict(), "request": index}
    elif operation == "records":
        for result in perspectief.records_jsonl(PLANS, options["kind"], engine=engine, workers=workers):
            if not result.ok:
                yield _error_line(result)
                continue
            for row in result.unwrap():
                yield {**row, "line": result.line}
    elif operation == "bulk":
        results = perspectief.bulk_jsonl(
            PLANS,
            engine=engine,
            validate=options.get("validate", False),
            replay=options.get("replay", False),
            verify=options.get("verify", False),
            records=options.get("records", ()),
            workers=workers,
        )
        for result in results:
            yield _error_line(result) if not result.ok else _bulk_line(result)
    else:
        raise AssertionError(f"unknown operation in cases.tsv: {operation}")


@pytest.mark.parametrize(("case_id", "engine_id", "options"), _cases(), ids=[c[0] for c in _cases()])
def test_every_case_gives_the_lines_of_the_other_languages(case_id: str, engine_id: str, options: dict[str, Any]) -> None:
    expected = [json.loads(line) for line in (CASES / "expected" / f"{case_id}.jsonl").read_text(encoding="utf-8").splitlines()]
    engine: Engine | Engines = Engines() if engine_id == "-" else Engine(engine_id)
    with engine:
        got = list(_lines(options, engine))
    assert [line.get("line") for line in got] == [line.get("line") for line in expected]
    for mine, theirs in zip(got, expected):
        assert mine == theirs, f"case {case_id}, line {theirs.get('line')}"


def test_the_cases_cover_every_operation() -> None:
    """A new operation in cases.tsv needs a branch above; an operation the cases
    lose would leave Python's function unheld."""
    operations = {options["operation"] for _id, _engine, options in _cases()}
    assert operations == {"parse", "validate", "replay", "decide", "records", "bulk"}
