"""The generated classes of the plan's structs (perspectief._plan_shape, issue #13).

The module is written from the C++ field list (scripts/plan_shape_python.py); ctest's
plan_shape_python_generated fails when it is stale. Here: it reads every example plan,
every member of the JSON lands in a field, and the public views are built on it.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

import perspectief
from perspectief import _plan_shape

from conftest import ROOT

PLANS = sorted((ROOT / "examples" / "plans").glob("*.json"))


def _known_members(value: Any, instance: Any) -> None:
    """Every member of the JSON object is a field of the instance, recursively."""
    names = {f.name.rstrip("_"): f.name for f in dataclasses.fields(instance)}
    for key, member in value.items():
        if key not in names:
            continue  # an unknown or local member: the plan's dict access keeps it
        field = getattr(instance, names[key])
        if dataclasses.is_dataclass(field):
            _known_members(member, field)
        elif isinstance(field, tuple) and field and dataclasses.is_dataclass(field[0]):
            for item_json, item in zip(member, field):
                _known_members(item_json, item)
        elif not isinstance(field, tuple):
            assert field == member, key


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.stem)
def test_every_example_plan_reads_into_the_generated_classes(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    plan = _plan_shape.Plan.from_dict(document)
    assert plan.id == document["id"]
    _known_members(document, plan)


def test_a_keyword_member_gets_a_trailing_underscore():
    consent = _plan_shape.Consent.from_dict(
        {"id": "c1", "subject": "sam", "from": "2026-03-02T09:00:00+01:00", "given_by": ["moeder"]}
    )
    assert consent.from_ == "2026-03-02T09:00:00+01:00"
    assert consent.given_by == ("moeder",)


def test_the_public_views_are_the_generated_classes():
    assert perspectief.Member is _plan_shape.Member
    assert perspectief.HistoryEntry is _plan_shape.HistoryEntry
    # a member the hand-written view did not carry is there now: who set a result
    result = perspectief.Result.from_dict(
        {"id": "r1", "leefgebied": "wonen", "description": "Eigen kamer", "performer": "specialist",
         "set_by": {"role": "hoofdaannemer", "person": "p1", "organisation": "90001234"}}
    )
    assert result.set_by is not None and result.set_by.organisation == "90001234"
    json.dumps(dataclasses.asdict(result))
