"""Shared fixtures of the Python test suite."""

from __future__ import annotations

import copy
import json
import pathlib
from typing import Any

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.database import DirectoryBasedExampleDatabase

import perspectief

ROOT = pathlib.Path(__file__).resolve().parents[2]
FAMILIES = sorted((ROOT / "examples" / "families").glob("*.json"))

# Hypothesis keeps failing examples and caches on disk; keep them under build/
# (ignored by git), not in a .hypothesis folder wherever pytest happens to run.
_HYPOTHESIS_HOME = ROOT / "build" / "python" / "hypothesis"
set_hypothesis_home_dir(str(_HYPOTHESIS_HOME))
settings.register_profile("perspectief", database=DirectoryBasedExampleDatabase(str(_HYPOTHESIS_HOME / "examples")))
settings.load_profile("perspectief")

# A small, valid plan that the tests change copies of. It has an unknown
# field at three levels and a local field, to check the lossless round trip.
MINIMAL_PLAN: dict[str, Any] = {
    "format": "perspectief/plan@2",
    "id": "pp-test-1",
    "profile": "amsterdam-zaanstreek",
    "municipality": "Zaanstad",
    "plan_type": "perspectiefplan",
    "version": 0,
    "status": "hulpvraag",
    "entry_route": "lokale_toegang",
    "family": {
        "members": [
            {"id": "moeder", "role": "ouder", "birth_date": "1984-03-01", "gezag": True},
            {"id": "sam", "role": "jeugdige", "birth_date": "2012-02-29", "x-bijnaam": "Sammie"},
        ]
    },
    "family_part": {
        "results": [
            {"id": "r-gezin", "leefgebied": "financien", "description": "Schulden in beeld", "performer": "lokale_toegang"}
        ]
    },
    "children": [
        {
            "jeugdige": "sam",
            "segment": "C",
            "kader": "vrijwillig",
            "results": [
                {"id": "r-sam", "leefgebied": "opvoeding", "description": "Rust thuis", "performer": "specialist"}
            ],
            "toekomstperspectief": "thuis_wonen",
            "ondersteuningsprofiel": {"code": "6", "intensiteit": 2, "additions": ["verblijf"]},
            "toewijzingen": [
                {"number": "t-1", "aanbieder": "90001234", "product": {"category": "43"}, "start": "2026-01-05"}
            ],
            "evaluations": [
                {
                    "id": "e-1",
                    "at": "2026-03-02T10:00:00+01:00",
                    "kind": "regulier",
                    "outcomes": [{"result": "r-sam", "outcome": "deels_behaald"}],
                }
            ],
        }
    ],
    "local_fields": {"zaanstad_wijk": "Poelenburg"},
    "x-vendor": {"dossier": 17, "tags": ["a", "b"]},
}


@pytest.fixture
def plan_document() -> dict[str, Any]:
    """A fresh deep copy of MINIMAL_PLAN to change."""
    return copy.deepcopy(MINIMAL_PLAN)


@pytest.fixture(scope="session")
def engine() -> perspectief.Engine:
    return perspectief.Engine("amsterdam-zaanstreek")


@pytest.fixture
def plan(engine: perspectief.Engine) -> perspectief.Plan:
    return engine.parse(copy.deepcopy(MINIMAL_PLAN))


@pytest.fixture(scope="session")
def family_documents() -> list[dict[str, Any]]:
    assert FAMILIES, "examples/families holds the example plans"
    return [json.loads(path.read_text(encoding="utf-8")) for path in FAMILIES]


# The lokale-team worker the tests act as, assigned at the plan's creation.
LT_0042_ASSIGNMENT = {"role": "lokaal_team", "person": "lt-0042"}


def start_plan(engine: perspectief.Engine, document: dict[str, Any], at: str = "2026-03-01T09:00:00+01:00"):
    """The plan of ``document`` as the workflow creates it: one plan_aanmaken event
    whose payload is the document's initial content, so that replay works. The
    creating lokale-team worker lt-0042 is assigned to the case (R-STANDING), so
    that the tests' lokale team may act on it."""
    payload = perspectief.initial_content(document)
    payload["assignments"] = [*payload.get("assignments", []), LT_0042_ASSIGNMENT]
    return engine.create({
        "event": "plan_aanmaken",
        "actor": {"role": "lokaal_team", "person": "lt-0042"},
        "at": at,
        "payload": payload,
    })


def canonical_text(value: Any) -> str:
    """The canonical form, computed independently of the library (for cross-checks)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
