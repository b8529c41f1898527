"""Arguments as analysts hold them: moments as ``datetime`` (aware accepted,
naive refused with a way out) and a file name where JSON text was asked for
(refused with a pointer to ``pathlib.Path``)."""

from __future__ import annotations

import datetime
import json
import pathlib
import zoneinfo

import pytest

import perspectief
from perspectief import Engine, Plan

from conftest import ROOT

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
ACTOR = {"role": "lokaal_team", "person": "lt-0042"}
FAMILY = "examples/families/amsterdam-twee-kinderen-segment-c.json"


@pytest.fixture
def family(engine: Engine) -> Plan:
    return engine.parse(ROOT / FAMILY)


def test_an_aware_datetime_is_the_moment_its_offset_says(engine: Engine, family: Plan):
    winter = datetime.datetime(2026, 3, 2, 9, 30, tzinfo=AMSTERDAM)
    assert engine.deadlines(family, winter) == engine.deadlines(family, "2026-03-02T09:30:00+01:00")
    as_utc = winter.astimezone(datetime.timezone.utc)
    assert engine.available_events(family, ACTOR, as_utc) == engine.available_events(
        family, ACTOR, "2026-03-02T08:30:00+00:00"
    )


def test_a_moment_keeps_its_fraction_of_a_second():
    from perspectief._moments import moment_text

    at = datetime.datetime(2026, 7, 1, 12, 0, 0, 250000, tzinfo=AMSTERDAM)
    assert moment_text(at) == "2026-07-01T12:00:00.250000+02:00"
    assert moment_text("2026-07-01T12:00:00+02:00") == "2026-07-01T12:00:00+02:00"


def test_a_naive_datetime_is_refused_with_how_to_attach_a_zone(engine: Engine, family: Plan):
    naive = datetime.datetime(2026, 3, 2, 9, 30)
    with pytest.raises(perspectief.InvalidArgumentError) as refused:
        engine.deadlines(family, naive)
    assert refused.value.code == 1
    assert "naive" in refused.value.message and 'zoneinfo.ZoneInfo("Europe/Amsterdam")' in refused.value.message
    with pytest.raises(perspectief.InvalidArgumentError):
        engine.available_events(family, ACTOR, naive)


def test_anything_else_is_a_type_error_naming_the_parameter(engine: Engine, family: Plan):
    with pytest.raises(TypeError, match="at: expected RFC 3339 text"):
        engine.deadlines(family, datetime.date(2026, 3, 2))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="at: expected RFC 3339 text"):
        engine.deadlines(family, 1772440200)  # type: ignore[arg-type]


def test_the_store_takes_moments_as_datetimes_too(tmp_path: pathlib.Path, engine: Engine):
    with perspectief.Store(tmp_path / "dossiers.db") as store:
        aware = datetime.datetime(2026, 3, 2, 9, 30, tzinfo=AMSTERDAM)
        assert store.retention(aware) == store.retention("2026-03-02T09:30:00+01:00")
        assert store.deadlines_due(engine, aware) == store.deadlines_due(engine, "2026-03-02T09:30:00+01:00")
        with pytest.raises(perspectief.InvalidArgumentError, match="naive"):
            store.retention(datetime.datetime(2026, 3, 2, 9, 30))


def test_a_file_name_given_as_json_text_says_to_pass_a_path(engine: Engine, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(ROOT)
    with pytest.raises(perspectief.JsonSyntaxError) as refused:
        engine.parse(FAMILY)
    assert "the name of a file" in refused.value.message
    assert f"pathlib.Path('{FAMILY}')" in refused.value.message
    with pytest.raises(perspectief.JsonSyntaxError, match="pathlib.Path"):
        Plan.parse(FAMILY)
    assert engine.parse(pathlib.Path(FAMILY)).id == "pp-2026-ams-0417", "the path itself works"


def test_json_text_and_a_name_that_is_no_file_are_read_as_before(engine: Engine, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(ROOT)
    text = (ROOT / FAMILY).read_text(encoding="utf-8")
    assert engine.parse(text).id == "pp-2026-ams-0417"
    with pytest.raises(perspectief.JsonSyntaxError) as refused:
        engine.parse("examples/families/no-such-family.json")
    assert "pathlib" not in refused.value.message, "no hint when there is no such file"


def test_profile_settings_and_packages_given_as_file_names(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path):
    monkeypatch.chdir(ROOT)
    with pytest.raises(perspectief.NotFoundError) as refused:
        Engine("profiles/flevoland.json")
    assert "pathlib.Path('profiles/flevoland.json')" in refused.value.message
    assert Engine(pathlib.Path("profiles/flevoland.json")).profile_id == "flevoland"
    with pytest.raises(perspectief.NotFoundError) as unknown:
        Engine("atlantis")
    assert "pathlib" not in unknown.value.message
    settings = tmp_path / "almere.json"
    settings.write_text(json.dumps({"format": "perspectief/settings@1", "profile": "flevoland", "municipality": "Almere"}))
    with pytest.raises(perspectief.JsonSyntaxError, match="pathlib.Path"):
        Engine("flevoland", str(settings))
    assert Engine("flevoland", settings).municipality == "Almere"
    with pytest.raises(perspectief.JsonSyntaxError, match="pathlib.Path"):
        perspectief.Store.verify_package(str(settings))
