"""Every error class: raised for the right cause, with code, pointer, problems and rules."""

from __future__ import annotations

import pickle

import pytest

import perspectief
from perspectief import errors
from perspectief.errors import PerspectiefError

from conftest import start_plan


def test_hierarchy_mirrors_the_c_codes():
    expected = {
        perspectief.InvalidArgumentError: (1, "invalid_argument", ValueError),
        perspectief.JsonSyntaxError: (2, "json_syntax", ValueError),
        perspectief.InvalidUtf8Error: (3, "invalid_utf8", ValueError),
        perspectief.LimitExceededError: (4, "limit_exceeded", ValueError),
        perspectief.SchemaError: (5, "schema", ValueError),
        perspectief.ValidationError: (6, "validation", ValueError),
        perspectief.ProfileError: (7, "profile", ValueError),
        perspectief.MinimumConditionError: (8, "minimum_condition", ValueError),
        perspectief.NotFoundError: (9, "not_found", LookupError),
        perspectief.RejectedError: (10, "rejected", PerspectiefError),
        perspectief.StateError: (11, "state", RuntimeError),
        perspectief.OutOfMemoryError: (12, "out_of_memory", MemoryError),
        perspectief.IoError: (13, "io", OSError),
        perspectief.InternalError: (99, "internal", RuntimeError),
    }
    for cls, (code, name, builtin) in expected.items():
        error = cls("message")
        assert issubclass(cls, PerspectiefError) and isinstance(error, builtin)
        assert (error.code, error.code_name) == (code, name)
        assert errors.error_class(code) is cls
        assert errors.error_class_for_name(name) is cls


def test_unknown_codes_map_to_the_base_class():
    error = errors._from_core(77, "future", "/x", [], [])
    assert type(error) is PerspectiefError
    assert error.code == 77 and error.code_name == "unknown"


def test_the_factory_builds_problems_and_rules():
    error = errors._from_core(
        12, "out of memory", "", [("PP-X", "/a", "nl", "en", "", "error"), ("PP-Y", "/b", "nl", "en", "R-GEZAG", "warning")],
        ["R-LOG"]
    )
    assert isinstance(error, perspectief.OutOfMemoryError)
    assert error.problems == (
        perspectief.Problem("PP-X", "/a", "nl", "en", None),
        perspectief.Problem("PP-Y", "/b", "nl", "en", "R-GEZAG", "warning"),
    )
    assert error.rules == ("R-LOG",)


def test_str_adds_the_pointer():
    assert str(perspectief.SchemaError("bad", pointer="/family")) == "bad (at /family)"
    assert str(perspectief.SchemaError("bad at /family", pointer="/family")) == "bad at /family"
    assert str(perspectief.SchemaError("bad")) == "bad"


@pytest.mark.parametrize("cls", [errors.error_class(c) for c in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 99)])
def test_errors_pickle_with_every_field(cls):
    problem = perspectief.Problem("PP-V-X", "/children/0", "nl", "en", "R-STRUCTURE")
    error = cls("it failed", pointer="/children/0", problems=[problem], rules=["R-STRUCTURE"])
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert (copy.message, copy.code, copy.pointer, copy.problems, copy.rules) == (
        error.message,
        error.code,
        error.pointer,
        error.problems,
        error.rules,
    )


# ---- Raised by the library for the right cause ---------------------------------


def test_invalid_argument(engine, plan):
    with pytest.raises(perspectief.InvalidArgumentError) as caught:
        engine.records(plan, "toewijzingen")
    assert "jeugdigen" in str(caught.value)


def test_json_syntax_names_the_byte(engine):
    with pytest.raises(perspectief.JsonSyntaxError) as caught:
        engine.parse('{"id": }')
    assert "byte" in caught.value.message


def test_invalid_utf8(engine):
    with pytest.raises(perspectief.InvalidUtf8Error) as caught:
        engine.parse(b'{"id": "\xff\xfe"}')
    assert "byte" in str(caught.value)


def test_limit_exceeded(engine):
    with pytest.raises(perspectief.LimitExceededError):
        engine.parse("[" * 200 + "]" * 200)


def test_schema_lists_every_problem_with_pointers(engine, plan_document):
    del plan_document["id"]
    plan_document["version"] = "drie"
    plan_document["family"]["members"][0]["role"] = "opa"
    with pytest.raises(perspectief.SchemaError) as caught:
        engine.parse(plan_document)
    pointers = {p.pointer for p in caught.value.problems}
    assert {"/id", "/version", "/family/members/0/role"} <= pointers
    assert all(p.code.startswith("PP-S-") for p in caught.value.problems)
    assert all(p.message_nl and p.message_en for p in caught.value.problems)


def test_validation(engine, plan_document):
    plan_document["children"][0]["jeugdige"] = "onbekend"
    plan = engine.parse(plan_document)
    problems = engine.validate(plan)
    assert problems and all(isinstance(p, perspectief.Problem) for p in problems)
    with pytest.raises(perspectief.ValidationError) as caught:
        engine.check(plan)
    assert caught.value.problems == tuple(problems)
    assert caught.value.pointer == problems[0].pointer


def test_check_returns_a_valid_plan(engine, plan):
    assert engine.validate(plan) == []
    assert engine.check(plan) is plan


def test_profile_and_minimum_condition():
    document = perspectief.Engine.profile_document("foodvalley")
    document["leefgebieden"] = "geen lijst"
    with pytest.raises(perspectief.ProfileError):
        perspectief.Engine(document)
    settings = {
        "format": "perspectief/settings@1",
        "profile": "amsterdam-zaanstreek",
        "municipality": "Diemen",
        "disabled_rules": ["R-GEMEENTE"],
    }
    with pytest.raises(perspectief.MinimumConditionError) as caught:
        perspectief.Engine("amsterdam-zaanstreek", settings)
    assert caught.value.pointer.startswith("/disabled_rules")


def test_not_found(plan):
    with pytest.raises(perspectief.NotFoundError):
        perspectief.Engine.profile_document("atlantis")
    with pytest.raises(perspectief.NotFoundError):
        plan.at("/regie")


def test_rejected_event_lists_the_failed_guards(engine, plan_document):
    started = start_plan(engine, plan_document)
    event = {"event": "hulp_starten", "actor": {"role": "lokaal_team", "person": "lt-1"},
             "at": "2026-03-02T10:00:00+01:00"}
    with pytest.raises(perspectief.RejectedError) as caught:
        engine.apply(started, event)
    assert caught.value.code == 10 and caught.value.problems
    assert {p.code for p in caught.value.problems} >= {"PP-W-STATE"}


def test_unknown_event_is_not_found(engine, plan_document):
    started = start_plan(engine, plan_document)
    with pytest.raises(perspectief.NotFoundError) as caught:
        engine.apply(started, {"event": "toveren", "actor": {"role": "lokaal_team", "person": "lt-1"},
                               "at": "2026-03-02T10:00:00+01:00"})
    assert caught.value.pointer == "/event"


def test_state(plan):
    plan.close()
    with pytest.raises(perspectief.StateError):
        plan.to_dict()
