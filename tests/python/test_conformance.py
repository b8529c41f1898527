"""Runs every shared conformance case (tests/conformance/cases/*.json) through
the Python API, per docs/conformance.md: the canonical result document must
equal the case's canonical ``expect`` byte for byte, as in every other language.

A few cases are also written out here (SELF_CHECKS), so that the runner itself
is exercised, including its error path, even while the shared folder is young.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

import perspectief
from perspectief import Engine, PerspectiefError

from conftest import MINIMAL_PLAN, ROOT

CASES_DIR = ROOT / "tests" / "conformance" / "cases"
CASE_FILES = sorted(CASES_DIR.glob("*.json"))

SELF_CHECKS: list[dict[str, Any]] = [
    {
        "id": "self-canonicalize",
        "operation": "canonicalize",
        "input": {"text": '{ "b" : [1, 2.50, "é"], "a" : null }'},
        "expect": {"output": '{"a":null,"b":[1,2.5,"é"]}'},
    },
    {
        "id": "self-unknown-profile",
        "engine": {"profile": "atlantis", "settings": None},
        "operation": "load_engine",
        "expect": {"error": {"code": "not_found", "pointer": "", "problems": [], "rules": []}},
    },
    {
        "id": "self-load-engine",
        "engine": {"profile": "flevoland", "settings": None},
        "operation": "load_engine",
        "expect": {"output": {"profile": "flevoland", "municipality": None}},
    },
    {
        "id": "self-schema-error",
        "engine": {"profile": "amsterdam-zaanstreek", "settings": None},
        "plan": {"inline": {"format": "perspectief/plan@1"}},
        "operation": "parse",
        "expect": {"error": {"code": "schema"}},  # problems and rules filled in below
    },
    {
        "id": "self-records-evaluations",
        "engine": {"profile": "amsterdam-zaanstreek", "settings": None},
        "plan": {"inline": MINIMAL_PLAN},
        "operation": "records",
        "input": {"kind": "evaluations"},
        "expect": {
            "output": [
                {
                    "at": "2026-03-02T09:00:00Z",
                    "evaluation": "e-1",
                    "jeugdige": "sam",
                    "kind": "regulier",
                    "municipality": "Zaanstad",
                    "outcome": "deels_behaald",
                    "plan": "pp-test-1",
                    "result": "r-sam",
                }
            ]
        },
    },
]


def load_plan(engine: Engine, spec: dict[str, Any]) -> perspectief.Plan:
    if "file" in spec:
        return engine.parse(ROOT / spec["file"])
    return engine.parse(spec["inline"])


def ask_answers(engine: Engine, plan: perspectief.Plan, given: dict[str, Any]) -> list[dict[str, Any]]:
    """``ask``: the values looked up in the order every runner uses (party, recipient,
    channel, at, then each part), the questions asked in one ask_batch."""
    with engine.prepare(plan) as prepared:
        party = perspectief.Party.from_dict(given["party"])
        recipient = perspectief.Party.from_dict(given["recipient"]) if "recipient" in given else None
        channel = engine.find_channel(given["channel"])
        at = perspectief.ParsedMoment(given["at"])
        parts = [prepared.find_part(address) for address in given["parts"]]
        answers = prepared.ask_batch(
            party, given["action"], given["purpose"], parts, channel, at, recipient, given.get("break_glass")
        )
        return [answer.to_dict() for answer in answers]


def ask_party_answers(engine: Engine, plan: perspectief.Plan, given: dict[str, Any]) -> list[dict[str, Any]]:
    """``ask_party``: the values looked up as for ``ask``, the questions asked one by one of
    the party prepared at the moment, each answer checked to be the question's own."""
    with engine.prepare(plan) as prepared:
        party = perspectief.Party.from_dict(given["party"])
        channel = engine.find_channel(given["channel"])
        at = perspectief.ParsedMoment(given["at"])
        parts = [prepared.find_part(address) for address in given["parts"]]
        action, purpose = given["action"], given["purpose"]
        with prepared.party(party, at) as asking:
            answers = []
            for part in parts:
                answer = asking.ask(action, purpose, part, channel)
                assert answer == prepared.ask(party, action, purpose, part, channel, at), f"part {part}"
                answers.append(answer.to_dict())
            return answers


def run_operation(case: dict[str, Any]) -> Any:
    """The operation's output, per the table in docs/conformance.md, through the public API."""
    operation = case["operation"]
    given = case.get("input", {})
    if operation == "canonicalize":
        return perspectief.canonicalize(given["text"])
    spec = case["engine"]
    engine = Engine(spec["profile"], spec.get("settings"))
    if operation == "load_engine":
        return {"profile": engine.profile_id, "municipality": engine.municipality}
    if operation == "diagram":
        return engine.diagram(given["format"])
    if operation == "verblijf_report":
        options = given.get("options", {})
        report = engine.verblijf_report(
            [load_plan(engine, plan_spec) for plan_spec in case["plans"]],
            min_count=options.get("min_count"),
            from_day=options.get("from"),
            to_day=options.get("to"),
        )
        return report.document
    plan = load_plan(engine, case["plan"])
    if operation == "parse":
        return plan.to_dict()
    if operation == "validate":
        return [p.to_dict() for p in engine.validate(plan)]
    if operation == "available_events":
        return [o.document for o in engine.available_events(plan, given["actor"], given["at"])]
    if operation == "apply":
        return engine.apply(plan, given["event"]).to_dict()
    if operation == "apply_all":
        return engine.apply_all(plan, given["events"]).to_dict()
    if operation == "replay":
        return engine.replay(plan).to_dict()
    if operation == "deadlines":
        return [d.document for d in engine.deadlines(plan, given["at"])]
    if operation == "regie_advice":
        return engine.regie_advice(plan, given["jeugdige"], given.get("situatie"), given.get("fase")).document
    if operation == "decide":
        return engine.decide(plan, given["request"]).to_dict()
    if operation == "decide_batch":
        return [d.to_dict() for d in engine.decide_batch(plan, given["requests"])]
    if operation == "view":
        return engine.view(plan, given["request"]).to_dict()
    if operation == "ask":
        return ask_answers(engine, plan, given)
    if operation == "ask_party":
        return ask_party_answers(engine, plan, given)
    if operation == "records":
        return engine.records(plan, given["kind"])
    raise AssertionError(f"unknown conformance operation {operation!r}")


def result_document(case: dict[str, Any]) -> dict[str, Any]:
    try:
        return {"output": run_operation(case)}
    except PerspectiefError as error:
        return {"error": error_document(error)}


def error_document(error: PerspectiefError) -> dict[str, Any]:
    """What a caller can act on: code, pointer, each problem's code, pointer and rule, the rules."""
    return {
        "code": error.code_name,
        "pointer": error.pointer,
        "problems": [{"code": p.code, "pointer": p.pointer, "rule": p.rule or ""} for p in error.problems],
        "rules": list(error.rules),
    }


def check(case: dict[str, Any]) -> None:
    actual = perspectief.canonical(result_document(case))
    expected = perspectief.canonical(case["expect"])
    assert actual == expected, f"case {case['id']}: {case.get('description', '')}"


def test_the_case_folder_exists_and_every_case_is_well_formed():
    assert CASES_DIR.is_dir(), "tests/conformance/cases holds the shared cases"
    for path in CASE_FILES:
        case = json.loads(path.read_text(encoding="utf-8"))
        assert {"id", "operation", "expect"} <= case.keys(), path.name
        assert case["id"] == path.stem, "the id is the file name"
        assert case["expect"].keys() in ({"output"}, {"error"}), path.name


# Defined only when there are cases: an empty parameter list would be
# reported as a skipped test, and this suite runs skip-free.
if CASE_FILES:

    @pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
    def test_shared_case(path: pathlib.Path):
        check(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("case", SELF_CHECKS, ids=[c["id"] for c in SELF_CHECKS])
def test_self_check(case: dict[str, Any]):
    if case["id"] == "self-schema-error":
        # The problem codes are the model's; take them from the core once and
        # check the runner reports them in the agreed shape.
        with pytest.raises(perspectief.SchemaError) as caught:
            Engine("amsterdam-zaanstreek").parse(case["plan"]["inline"])
        case = dict(case, expect={"error": error_document(caught.value)})
        assert case["expect"]["error"]["problems"], "a plan without fields has problems"
    check(case)


def test_a_wrong_pointer_fails():
    # Pointers are part of the comparison: the same code at another place is a difference.
    with pytest.raises(perspectief.SchemaError) as caught:
        Engine("amsterdam-zaanstreek").parse({"format": "perspectief/plan@1"})
    expected = error_document(caught.value)
    expected["problems"][0]["pointer"] += "/elsewhere"
    case = dict(SELF_CHECKS[3], expect={"error": expected})
    with pytest.raises(AssertionError):
        check(case)


def test_a_wrong_expectation_fails():
    case = dict(SELF_CHECKS[0], expect={"output": '{"a":null}'})
    with pytest.raises(AssertionError):
        check(case)
