"""The workflow from Python: available events, apply, apply_all, replay, deadlines."""

from __future__ import annotations

import json

import pytest

import perspectief
from perspectief import Engine, EventOption, Plan

from conftest import ROOT, start_plan

FAMILY = ROOT / "examples" / "families" / "amsterdam-twee-kinderen-segment-c.json"
LOKAAL_TEAM = {"role": "lokaal_team", "person": "lt-0042", "name": "Anouk de Wit"}


@pytest.fixture(scope="module")
def family() -> tuple[Engine, Plan]:
    engine = Engine("amsterdam-zaanstreek")
    return engine, start_plan(engine, json.loads(FAMILY.read_text(encoding="utf-8")))


def event(name: str, at: str, actor: dict | None = None, **extra) -> dict:
    return {"event": name, "actor": actor or LOKAAL_TEAM, "at": at, **extra}


def test_initial_content_leaves_out_bookkeeping_and_what_events_set():
    document = json.loads(FAMILY.read_text(encoding="utf-8"))
    content = perspectief.initial_content(document)
    assert not {"status", "version", "history", "versions", "akkoorden", "regie"} & content.keys()
    assert content["id"] == document["id"] and content["family"] == document["family"]
    for child in content.get("children", []):
        assert not {"ondersteuningsprofiel", "aanbieder", "toewijzingen", "evaluations"} & child.keys()


def test_the_engine_gives_a_parsed_plans_initial_content():
    document = json.loads(FAMILY.read_text(encoding="utf-8"))
    engine = Engine(document["profile"])
    plan = engine.parse(document)
    assert engine.initial_content(plan) == perspectief.initial_content(document)
    engine.close()
    with pytest.raises(perspectief.StateError, match="the engine is closed"):
        engine.initial_content(plan)


def test_create_starts_the_history(family):
    _, plan = family
    (genesis,) = plan.history
    assert (genesis.event, genesis.to_state, genesis.seq) == ("plan_aanmaken", "hulpvraag", 1)
    assert plan.status == "hulpvraag"


def test_available_events_are_typed(family):
    engine, plan = family
    options = engine.available_events(plan, LOKAAL_TEAM, "2026-03-02T09:30:00+01:00")
    assert options and all(isinstance(o, EventOption) for o in options)
    by_name = {o.event: o for o in options}
    assert by_name["vraagverheldering_starten"].allowed
    assert by_name["vraagverheldering_starten"].to_state == "vraagverheldering"
    refused = [o for o in options if not o.allowed]
    assert refused and all(o.problems for o in refused)
    assert all(o.label_nl and o.label_en for o in options)


def test_apply_returns_a_new_plan_and_keeps_the_old(family):
    engine, plan = family
    moved = engine.apply(plan, event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00", reason="intake"))
    assert moved.status == "vraagverheldering" and plan.status == "hulpvraag"
    genesis, entry = moved.history
    assert genesis.event == "plan_aanmaken"
    assert (entry.event, entry.from_state, entry.to_state, entry.reason) == (
        "vraagverheldering_starten", "hulpvraag", "vraagverheldering", "intake")
    assert entry.actor.person == "lt-0042"


def test_apply_all_and_replay(family):
    engine, plan = family
    events = [
        event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00"),
        event("vraag_duiden", "2026-03-09T14:00:00+01:00"),
    ]
    final = engine.apply_all(plan, events)
    assert final.status == "vraagduiding"
    assert [h.seq for h in final.history] == [1, 2, 3]
    assert engine.replay(final) == final
    step_by_step = engine.apply(engine.apply(plan, events[0]), events[1])
    assert step_by_step == final
    transitions = engine.records(final, "transitions")
    assert [(r["event"], r["actor_role"]) for r in transitions] == [
        ("plan_aanmaken", "lokaal_team"), ("vraagverheldering_starten", "lokaal_team"),
        ("vraag_duiden", "lokaal_team")]


def test_a_plan_without_history_must_start_with_plan_aanmaken(family):
    engine, _ = family
    plan = engine.parse(FAMILY)
    (option,) = [o for o in engine.available_events(plan, LOKAAL_TEAM, "2026-03-02T09:30:00+01:00")
                 if o.event == "vraagverheldering_starten"]
    assert not option.allowed and option.problems


def test_a_refused_event_lists_every_failed_guard(family):
    engine, plan = family
    with pytest.raises(perspectief.RejectedError) as caught:
        engine.apply(plan, event("hulp_starten", "2026-03-02T09:30:00+01:00"))
    error = caught.value
    assert error.code == 10 and error.problems
    assert all(p.code for p in error.problems)


def test_apply_all_points_at_the_refused_event(family):
    engine, plan = family
    with pytest.raises(perspectief.RejectedError) as caught:
        engine.apply_all(plan, [
            event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00"),
            event("hulp_starten", "2026-03-03T09:30:00+01:00"),
        ])
    assert caught.value.pointer.startswith("/1")
    assert "event 1 (hulp_starten)" in str(caught.value)


def test_an_unknown_event_is_not_found(family):
    engine, plan = family
    with pytest.raises(perspectief.NotFoundError):
        engine.apply(plan, event("toveren", "2026-03-02T09:30:00+01:00"))


def test_a_malformed_event_is_a_schema_error(family):
    engine, plan = family
    with pytest.raises(perspectief.SchemaError):
        engine.apply(plan, {"event": "vraag_duiden", "actor": {"role": "lokaal_team"}, "at": "gisteren"})


def test_deadlines_are_typed(family):
    engine, plan = family
    crisis = Engine("amsterdam-zaanstreek").parse(ROOT / "examples" / "families" / "zaanstad-crisisplaatsing.json")
    for deadline in engine.deadlines(crisis, "2026-03-02T09:30:00+01:00") + engine.deadlines(
        plan, "2026-03-02T09:30:00+01:00"
    ):
        assert isinstance(deadline, perspectief.Deadline)
        assert deadline.rule.startswith("R-") and deadline.status in ("open", "due", "overdue")
        assert len(deadline.due) == 10


def test_regie_advice_follows_the_regions_matrix(engine):
    plan = engine.parse(ROOT / "examples" / "plans" / "amsterdam-twee-kinderen-segment-c.json")
    jeugdige = plan.children[0].jeugdige
    advice = engine.regie_advice(plan, jeugdige)
    assert isinstance(advice, perspectief.RegieAdvice)
    assert advice.basis_en and advice.rule in ("", "R-REGIE-LOKAAL")
    assert advice.document == engine.regie_advice(plan, jeugdige, None, None).document
    with pytest.raises(perspectief.NotFoundError):
        engine.regie_advice(plan, "niemand")
