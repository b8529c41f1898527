"""Plans: parsing from every source, canonical JSON, dict access, typed accessors."""

from __future__ import annotations

import copy
import dataclasses
import json
import pathlib

import pytest

import perspectief
from perspectief import Plan

from conftest import FAMILIES, MINIMAL_PLAN, ROOT, canonical_text


def test_parse_from_every_kind_of_source(tmp_path: pathlib.Path, engine):
    text = json.dumps(MINIMAL_PLAN, indent=2)
    path = tmp_path / "plan.json"
    path.write_text(text, encoding="utf-8")
    sources = [text, text.encode(), bytearray(text.encode()), memoryview(text.encode()), MINIMAL_PLAN, path]
    plans = [Plan.parse(s) for s in sources] + [engine.parse(s) for s in sources]
    assert len({p.to_json() for p in plans}) == 1


def test_canonical_json_is_sorted_compact_utf8(plan: Plan):
    assert plan.to_json() == canonical_text(plan.to_dict())
    assert plan.to_json() == perspectief.canonicalize(json.dumps(MINIMAL_PLAN, indent=4))


def test_unknown_and_local_fields_survive(plan: Plan):
    document = plan.to_dict()
    assert document["x-vendor"] == {"dossier": 17, "tags": ["a", "b"]}
    assert document["family"]["members"][1]["x-bijnaam"] == "Sammie"
    assert plan.local_fields == {"zaanstad_wijk": "Poelenburg"}
    assert Plan.parse(plan.to_json()) == plan


def test_to_dict_is_a_copy(plan: Plan):
    document = plan.to_dict()
    document["status"] = "afgerond"
    document["children"].clear()
    assert plan.status == "hulpvraag"
    assert len(plan.children) == 1


def test_mapping_access(plan: Plan):
    assert plan["status"] == "hulpvraag"
    assert "entry_route" in plan and "regie" not in plan and 3 not in plan
    assert plan.get("regie") is None
    assert set(plan) == set(plan.to_dict())
    assert len(plan) == len(plan.to_dict())
    assert dict(plan) == plan.to_dict()
    assert plan == MINIMAL_PLAN | {}  # equal to a mapping with the same content
    with pytest.raises(KeyError):
        plan["regie"]


def test_json_pointer_access(plan: Plan):
    assert plan.at("/children/0/jeugdige") == "sam"
    assert plan.at("/family/members/1/x-bijnaam") == "Sammie"
    assert plan.at("") == plan.to_dict()
    with pytest.raises(perspectief.NotFoundError) as caught:
        plan.at("/children/7")
    assert caught.value.pointer == "/children/7"
    with pytest.raises(perspectief.NotFoundError):
        plan.at("/children/nul")
    with pytest.raises(perspectief.InvalidArgumentError):
        plan.at("children")  # a pointer starts with "/"


def test_typed_accessors(plan: Plan):
    assert (plan.id, plan.profile, plan.municipality, plan.plan_type) == (
        "pp-test-1",
        "amsterdam-zaanstreek",
        "Zaanstad",
        "perspectiefplan",
    )
    assert (plan.version, plan.status, plan.entry_route) == (0, "hulpvraag", "lokale_toegang")
    assert plan.format == "perspectief/plan@2"
    assert [m.id for m in plan.members] == ["moeder", "sam"]
    assert plan.members[0] == perspectief.Member("moeder", "ouder", None, "1984-03-01", True)
    (child,) = plan.children
    assert child.jeugdige == "sam"
    # Segment and kader are each jeugdige's (plan@2, R-SEG-KNOWN, R-KADER-CHANGE).
    assert (child.segment, child.kader, child.kader_changes, child.help) == ("C", "vrijwillig", (), None)
    assert child.ondersteuningsprofiel == perspectief.SupportProfile("6", 2, None, ("verblijf",))
    assert child.toewijzingen[0].product_category == "43"
    assert child.evaluations[0].outcomes == (("r-sam", "deels_behaald"),)
    assert [r.id for r in child.results] == ["r-sam"]
    assert [r.id for r in plan.family_results] == ["r-gezin"]
    assert plan.history == () and plan.akkoorden == ()


def test_one_plan_validates_against_any_engine(plan: Plan):
    assert perspectief.Engine(plan.profile).validate(plan) == []
    codes = {p.code for p in perspectief.Engine("flevoland").validate(plan)}
    assert "PP-V-PROFILE" in codes


def test_gezag_is_recorded_per_child_and_unrecorded_gezag_is_a_warning(engine):
    document = copy.deepcopy(MINIMAL_PLAN)
    stiefvader = {"id": "stiefvader", "role": "ouder", "gezag_per_child": [{"child": "sam", "gezag": False}]}
    document["family"]["members"].append(stiefvader)
    plan = engine.parse(document)
    assert plan.members[2].gezag_per_child == (perspectief.GezagRecord(child="sam", gezag=False),)
    assert engine.validate(plan) == []  # recorded as not held: nothing to report
    del document["family"]["members"][2]["gezag_per_child"]
    unrecorded = engine.parse(document)
    (warning,) = engine.validate(unrecorded)
    assert (warning.code, warning.pointer, warning.rule, warning.severity) == (
        "PP-V-GEZAG-UNRECORDED", "/family/members/2", "R-GEZAG", "warning")
    assert not warning.is_error and str(warning).startswith("warning: PP-V-GEZAG-UNRECORDED")
    assert warning.to_dict()["severity"] == "warning"
    assert engine.check(unrecorded) is unrecorded  # a warning leaves the plan valid
    # An error is one: a gezag record over a parent.
    document["family"]["members"][2]["gezag_per_child"] = [{"child": "moeder", "gezag": True}]
    with pytest.raises(perspectief.ValidationError) as raised:
        engine.check(engine.parse(document))
    assert [(p.code, p.severity) for p in raised.value.problems] == [("PP-V-GEZAG-CHILD", "error")]


def test_a_problem_without_severity_is_an_error():
    problem = perspectief.Problem.from_dict({"code": "PP-V-X", "pointer": "/a"})
    assert problem.severity == "error" and problem.is_error


def test_typed_parts_are_read_only(plan: Plan):
    member = plan.members[0]
    with pytest.raises(AttributeError):
        member.id = "x"  # type: ignore[misc]


def test_optional_members_are_none():
    document = copy.deepcopy(MINIMAL_PLAN)
    for key in ("municipality", "entry_route", "children", "local_fields"):
        document.pop(key)
    plan = Plan.parse(document)
    assert plan.municipality is None and plan.entry_route is None
    assert plan.children == () and plan.local_fields == {}


def test_equality_and_hash(plan_document):
    a = Plan.parse(plan_document)
    b = Plan.parse(json.dumps(plan_document))
    assert a == b and hash(a) == hash(b)
    plan_document["version"] = 1
    assert Plan.parse(plan_document) != a
    assert a != "not a plan"
    assert len({a, b}) == 1


def test_cannot_be_constructed_directly():
    with pytest.raises(TypeError):
        Plan()


def test_repr(plan: Plan):
    assert repr(plan) == "<Plan id='pp-test-1' status='hulpvraag' version=0>"


def test_context_manager_closes_the_plan(plan_document):
    with Plan.parse(plan_document) as plan:
        assert plan.id == "pp-test-1"
    assert plan.closed
    assert repr(plan) == "<Plan (closed)>"
    with pytest.raises(perspectief.StateError):
        plan.to_json()
    with pytest.raises(perspectief.StateError):
        plan.status
    plan.close()


@pytest.mark.parametrize("path", FAMILIES, ids=lambda p: p.stem)
def test_example_families_round_trip(path: pathlib.Path):
    document = json.loads(path.read_text(encoding="utf-8"))
    plan = perspectief.Engine(document["profile"]).parse(path)
    assert plan.to_json() == canonical_text(document)
    assert Plan.parse(plan.to_json()).to_json() == plan.to_json()


def test_a_plan1_document_is_read_through_its_migration():
    # perspectief/plan@1 recorded one segment and kader for the plan; they become each
    # jeugdige's (docs/model.md "Plan formats and their migration").
    document = copy.deepcopy(MINIMAL_PLAN)
    document["format"] = "perspectief/plan@1"
    child = document["children"][0]
    document["segment"], document["kader"] = child.pop("segment"), child.pop("kader")
    plan = Plan.parse(document)
    assert plan.format == "perspectief/plan@2" and "segment" not in plan
    assert (plan.children[0].segment, plan.children[0].kader) == ("C", "vrijwillig")
    document["format"] = "perspectief/plan@2"
    with pytest.raises(perspectief.SchemaError) as caught:
        Plan.parse(document)
    assert caught.value.pointer == "/segment"
    assert caught.value.problems[0].code == "PP-S-PER-JEUGDIGE"


def test_the_typed_child_exposes_the_jeugdiges_frame_and_state():
    # Every member of the jeugdige's frame and state in the JSON Schema has its typed field.
    schema = json.loads((ROOT / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    child_members = set(schema["$defs"]["ChildPart"]["properties"])
    frame = {"segment", "kader", "kader_changes", "help"}
    assert frame <= child_members
    typed = {f.name for f in dataclasses.fields(perspectief.Child)}
    assert frame <= typed
    change = {f.name for f in dataclasses.fields(perspectief.KaderChange)}
    assert change == set(schema["$defs"]["KaderChange"]["properties"])
