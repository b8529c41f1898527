"""Loading engines: built-in profiles, documents, settings, limits, lifetime."""

from __future__ import annotations

import json
import pathlib

import pytest

import perspectief
from perspectief import Engine

from conftest import ROOT

SETTINGS = {
    "format": "perspectief/settings@1",
    "profile": "flevoland",
    "municipality": "Almere",
    "local_choices": {"regie_langdurig_verblijf": "verblijfsinstelling"},
}


def test_profiles_lists_the_builtin_profiles():
    ids = {p.id for p in Engine.profiles()}
    assert {"amsterdam-zaanstreek", "flevoland", "foodvalley", "werkproces-jeugdhulp"} <= ids
    flevoland = next(p for p in perspectief.profiles() if p.id == "flevoland")
    assert "002" in flevoland.seeds
    assert flevoland.name_nl and flevoland.name_en


def test_builtin_profile_by_id():
    engine = Engine("flevoland")
    assert engine.profile_id == "flevoland"
    assert engine.municipality is None
    assert engine.local_choices["regie_langdurig_verblijf"] == "lokale_toegang"  # the profile's default
    assert repr(engine) == "<Engine profile='flevoland'>"


def test_settings_as_dict_text_bytes_and_file(tmp_path: pathlib.Path):
    path = tmp_path / "almere.json"
    path.write_text(json.dumps(SETTINGS), encoding="utf-8")
    for settings in (SETTINGS, json.dumps(SETTINGS), json.dumps(SETTINGS).encode(), path):
        engine = Engine("flevoland", settings)
        assert engine.municipality == "Almere"
        assert engine.local_choices["regie_langdurig_verblijf"] == "verblijfsinstelling"


def test_profile_as_document_text_and_file(tmp_path: pathlib.Path):
    document = Engine.profile_document("foodvalley")
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    for profile in (document, json.dumps(document), json.dumps(document).encode(), path):
        assert Engine(profile).profile_id == "foodvalley"


def test_profile_file_from_the_repository():
    assert Engine(ROOT / "profiles" / "werkproces-jeugdhulp.json").profile_id == "werkproces-jeugdhulp"


def test_unknown_builtin_profile_is_not_found():
    with pytest.raises(perspectief.NotFoundError) as caught:
        Engine("atlantis")
    assert caught.value.code == 9
    assert isinstance(caught.value, LookupError)


def test_switching_off_a_minimum_condition_is_refused():
    settings = dict(SETTINGS, disabled_rules=["R-REGIE-VERBLIJF"])
    with pytest.raises(perspectief.MinimumConditionError) as caught:
        Engine("flevoland", settings)
    error = caught.value
    assert error.code == 8 and error.code_name == "minimum_condition"
    assert "R-REGIE-VERBLIJF" in str(error) or "R-REGIE-VERBLIJF" in error.rules or any(
        p.rule == "R-REGIE-VERBLIJF" or "R-REGIE-VERBLIJF" in p.message_en for p in error.problems
    )


def test_settings_for_another_profile_are_a_profile_error():
    with pytest.raises(perspectief.ProfileError):
        Engine("amsterdam-zaanstreek", SETTINGS)


def test_broken_profile_document_is_a_profile_error():
    document = Engine.profile_document("foodvalley")
    del document["id"]
    document["segments"] = ["Z"]
    with pytest.raises(perspectief.ProfileError) as caught:
        Engine(document)
    assert caught.value.problems, "every problem is listed"


def test_limits_are_checked():
    for depth in (0, 1001):
        with pytest.raises(perspectief.InvalidArgumentError):
            Engine("flevoland", max_depth=depth)
    with pytest.raises(perspectief.InvalidArgumentError):
        Engine("flevoland", max_bytes=0)
    assert Engine("flevoland", max_depth=16, max_bytes=1000).limits == (16, 1000)


def test_wrong_types_are_type_errors():
    with pytest.raises(TypeError):
        Engine(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Engine("flevoland", settings=[1, 2])  # type: ignore[arg-type]


def test_missing_profile_file_is_not_found(tmp_path: pathlib.Path):
    with pytest.raises(perspectief.NotFoundError):
        Engine(tmp_path / "missing.json")


def test_a_directory_is_an_io_error(tmp_path: pathlib.Path):
    with pytest.raises(perspectief.IoError) as caught:
        Engine(tmp_path)
    assert isinstance(caught.value, OSError)


def test_context_manager_closes_the_engine(plan_document):
    with Engine("amsterdam-zaanstreek") as engine:
        plan = engine.parse(plan_document)
    assert engine.closed
    assert repr(engine) == "<Engine (closed)>"
    with pytest.raises(perspectief.StateError):
        engine.parse(plan_document)
    with pytest.raises(perspectief.StateError):
        engine.validate(plan)
    engine.close()  # idempotent
    assert plan.id == "pp-test-1", "plans outlive the engine that parsed them"


def test_diagram_formats(engine: Engine):
    mermaid = engine.diagram("mermaid")
    dot = engine.diagram("dot")
    assert engine.diagram() == mermaid
    assert "hulpvraag" in mermaid and "hulpvraag" in dot
    assert "digraph" in dot
    with pytest.raises(perspectief.InvalidArgumentError):
        engine.diagram("svg")
