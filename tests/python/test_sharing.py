"""Sharing from Python: typed decisions and views, and views never exceeding decisions."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import perspectief
from perspectief import Decision, Engine, Plan, View

from conftest import ROOT

FAMILY = ROOT / "examples" / "families" / "amsterdam-twee-kinderen-segment-c.json"
AT = "2026-03-02T09:30:00+01:00"


@pytest.fixture(scope="module")
def family() -> tuple[Engine, Plan]:
    engine = Engine("amsterdam-zaanstreek")
    return engine, engine.parse(FAMILY)


def request(role: str, person: str, **extra: Any) -> dict[str, Any]:
    requester = {"role": role, "person": person}
    requester.update(extra.pop("requester", {}))
    return {"requester": requester, "action": "read", "purpose": "uitvoering", "channel": "portaal", "at": AT,
            **extra}


def subsumed(view: Any, plan: Any) -> bool:
    """Whether everything in ``view`` is also in ``plan`` at the same place
    (array items may have been left out, so they match any item of the plan's array)."""
    if isinstance(view, dict):
        return isinstance(plan, dict) and all(k in plan and subsumed(v, plan[k]) for k, v in view.items())
    if isinstance(view, list):
        return isinstance(plan, list) and all(any(subsumed(v, p) for p in plan) for v in view)
    return view == plan


def leaves(value: Any, pointer: str = "") -> set[str]:
    """The pointers of every scalar and every non-empty container's members in ``value``."""
    if isinstance(value, dict):
        return set().union(*(leaves(v, f"{pointer}/{k}") for k, v in value.items())) if value else set()
    if isinstance(value, list):
        return set().union(*(leaves(v, f"{pointer}/{i}") for i, v in enumerate(value))) if value else set()
    return {pointer}


# What a view without any released part still shows: which plan it is about.
IDENTITY = {"/format", "/id"}


def test_decision_is_typed(family):
    engine, plan = family
    decision = engine.decide(plan, request("ouder", "lotte", requester={"member": "lotte"}))
    assert isinstance(decision, Decision)
    assert decision.decision in ("allow", "deny") and decision.allowed == (decision.decision == "allow")
    assert decision.explanation_nl and decision.explanation_en and decision.rules
    assert all(p.decision in ("allow", "deny") for p in decision.parts)
    assert decision.to_dict() == decision.document and decision.to_dict() is not decision.document


def test_the_family_sees_its_plan_and_the_municipality_does_not(family):
    engine, plan = family
    mother = engine.decide(plan, request("ouder", "lotte", requester={"member": "lotte"}))
    assert mother.allowed and "R-OWNER" in mother.rules
    municipality = engine.decide(plan, request("gemeente", "gem-1", purpose="beleid"))
    assert not municipality.allowed
    assert not municipality.allowed_parts


def test_view_carries_the_released_parts_and_the_disclosure_record(family):
    engine, plan = family
    view = engine.view(plan, request("ouder", "lotte", requester={"member": "lotte"}))
    assert isinstance(view, View)
    assert view.view and subsumed(view.view, plan.to_dict())
    record = view.disclosure
    assert record is not None
    assert record.plan == plan.id and record.event == "read" and record.purpose == "uitvoering"
    assert set(record.objects) == set(view.decision.allowed_parts)
    assert record.user["person"] == "lotte"
    assert record.to_dict() == record.record


def test_a_denied_view_releases_nothing_and_yields_a_refusal_record(family):
    engine, plan = family
    view = engine.view(plan, request("gemeente", "gem-1", purpose="beleid"))
    assert not view.decision.allowed
    assert view.disclosure is None
    assert leaves(view.view) <= IDENTITY
    # R-DEFAULT-DENY: the gemeente learns why, not the plan's layout.
    assert view.decision.rules == ("R-GEMEENTE",)
    assert not view.decision.parts
    assert view.withheld is None
    # R-LOG: the refused attempt is logged too, without the plan's part ids.
    refusal = view.refusal
    assert refusal is not None and refusal.outcome == "denied"
    assert refusal.user["person"] == "gem-1" and refusal.purpose == "beleid"
    assert refusal.objects == ("",) and refusal.rules == ("R-GEMEENTE",)
    released = engine.view(plan, request("ouder", "lotte", requester={"member": "lotte"}))
    assert released.refusal is None and released.disclosure.outcome == "released"


def test_decide_batch_equals_one_by_one(family):
    engine, plan = family
    requests = [
        request("ouder", "lotte", requester={"member": "lotte"}),
        request("gemeente", "gem-1", purpose="beleid"),
        request("accountant", "acc-1", purpose="verantwoording"),
    ]
    assert engine.decide_batch(plan, requests) == [engine.decide(plan, r) for r in requests]
    assert engine.decide_batch(plan, []) == []


def test_a_malformed_request_is_a_schema_error(family):
    engine, plan = family
    with pytest.raises(perspectief.SchemaError) as caught:
        engine.decide(plan, {"requester": {"role": "ouder"}, "action": "kijken"})
    assert caught.value.problems


ROLES = ["jeugdige", "ouder", "gezinslid", "netwerk", "lokaal_team", "verwijzer", "gi", "gemeente",
         "hoofdaannemer", "onderaannemer", "perspectiefregisseur", "veilig_thuis", "raad", "accountant", "rechter"]
PURPOSES = ["uitvoering", "toewijzing", "verantwoording", "bezwaar_beroep", "veiligheid", "beleid"]
CHANNELS = ["portaal", "beveiligde_email", "koppeling", "persoonlijk", "telefoon", "email", "post"]
MEMBERS = ["lotte", "emre", "noor", "daan"]


@st.composite
def requests(draw) -> dict[str, Any]:
    role = draw(st.sampled_from(ROLES))
    requester: dict[str, Any] = {"role": role, "person": draw(st.sampled_from(["p-1", "lotte", "lt-0042"]))}
    if role in ("jeugdige", "ouder", "gezinslid"):
        requester["member"] = draw(st.sampled_from(MEMBERS))
    if role in ("hoofdaannemer", "onderaannemer"):
        requester["organisation"] = draw(st.sampled_from(["90000951", "90001234"]))
    body: dict[str, Any] = {
        "requester": requester,
        "action": draw(st.sampled_from(["read", "store"])),
        "purpose": draw(st.sampled_from(PURPOSES)),
        "channel": draw(st.sampled_from(CHANNELS)),
        "at": AT,
    }
    parts = draw(st.lists(st.sampled_from(["children/noor", "children/daan", "family", "family_part", "header",
                                           "akkoorden", "history", "local_fields"]), max_size=3, unique=True))
    if parts:
        body["parts"] = parts
    return body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=requests())
def test_views_never_exceed_decisions(family, body):
    engine, plan = family
    try:
        decision = engine.decide(plan, body)
    except perspectief.SchemaError:
        with pytest.raises(perspectief.SchemaError):
            engine.view(plan, body)
        return
    view = engine.view(plan, body)
    # The view releases what the decision allows, and nothing the plan does not hold.
    assert set(view.decision.allowed_parts) == set(decision.allowed_parts)
    assert subsumed(view.view, plan.to_dict())
    if decision.allowed:
        assert view.disclosure is not None
        assert set(view.disclosure.objects) == set(decision.allowed_parts)
    else:
        assert view.disclosure is None
        assert leaves(view.view) <= IDENTITY
    # Asking for less never releases more.
    if "parts" not in body and decision.parts:
        first = decision.parts[0].part
        narrower = engine.decide(plan, {**body, "parts": [first]})
        assert set(narrower.allowed_parts) <= set(decision.allowed_parts) | {first}


def test_decision_documents_round_trip_through_json(family):
    engine, plan = family
    decision = engine.decide(plan, request("ouder", "lotte", requester={"member": "lotte"}))
    assert Decision.from_dict(json.loads(json.dumps(decision.to_dict()))) == decision
