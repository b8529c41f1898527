"""The JSON Schema of the plan (schema/plan.schema.json, draft 2020-12).

Every example document validates against it, and documents broken in the ways
the C++ reader refuses (tests/cpp/model_structure_test.cpp) are refused here
too, at the same place. The C++ drift test (tests/cpp/model_schema_test.cpp)
keeps the schema and the model in step; this file checks the schema works in
an ordinary validator, as a vendor would use it.
"""

from __future__ import annotations

import copy
import json
import pathlib
from typing import Any, Callable

import pytest
from jsonschema import Draft202012Validator

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "schema" / "plan.schema.json"
EXAMPLES = sorted((ROOT / "examples" / "families").glob("*.json")) + sorted(
    (ROOT / "examples" / "plans").glob("*.json")
)
BASE_EXAMPLE = ROOT / "examples" / "families" / "amsterdam-twee-kinderen-segment-c.json"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    # The format checker makes "date" refuse impossible days such as 2026-02-30,
    # as the C++ reader does; timestamps are fully covered by their pattern.
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def base_plan() -> dict[str, Any]:
    return json.loads(BASE_EXAMPLE.read_text(encoding="utf-8"))


def test_there_are_examples_to_validate() -> None:
    assert len([p for p in EXAMPLES if p.parent.name == "families"]) >= 6


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_example_validates(validator: Draft202012Validator, path: pathlib.Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]
    assert errors == []


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = [int(t) if t.isdigit() else t for t in path.strip("/").split("/")]
        target: Any = doc
        for token in parents:
            target = target[token]
        target[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = [int(t) if t.isdigit() else t for t in path.strip("/").split("/")]
        target: Any = doc
        for token in parents:
            target = target[token]
        del target[last]

    return change


# (name, change, JSON pointer of the offending place, JSON Schema keyword that refuses it)
BROKEN = [
    ("missing_id", _delete("/id"), "", "required"),
    ("missing_member_role", _delete("/family/members/1/role"), "/family/members/1", "required"),
    ("missing_toewijzing_start", _delete("/children/0/toewijzingen/0/start"), "/children/0/toewijzingen/0", "required"),
    ("other_format", _set("/format", "perspectief/plan@1"), "/format", "const"),
    ("version_as_text", _set("/version", "0"), "/version", "type"),
    ("version_as_fraction", _set("/version", 1.5), "/version", "type"),
    ("null_municipality", _set("/municipality", None), "/municipality", "type"),
    ("members_not_a_list", _set("/family/members", {}), "/family/members", "type"),
    ("strength_not_text", _set("/family_part/analysis/0/perspectives/0/strengths/0", 7),
     "/family_part/analysis/0/perspectives/0/strengths/0", "type"),
    ("unknown_role", _set("/family/members/0/role", "moeder"), "/family/members/0/role", "enum"),
    ("segment_lowercase", _set("/children/0/segment", "c"), "/children/0/segment", "enum"),
    ("help_unknown", _set("/children/0/help", "gestart"), "/children/0/help", "enum"),
    (
        "kader_change_without_basis",
        _set(
            "/children/0/kader_changes",
            [{"kader": "dwang", "previous": "vrijwillig", "date": "2026-03-01",
              "recorded_by": {"role": "lokaal_team", "person": "lt-1"}, "at": "2026-03-02T09:00:00+01:00"}],
        ),
        "/children/0/kader_changes/0",
        "required",
    ),
    ("unknown_opvoedsituatie", _set("/family_part/opvoedsituatie", "crisis"), "/family_part/opvoedsituatie", "enum"),
    ("dutch_date_order", _set("/family/members/0/birth_date", "17-02-1988"), "/family/members/0/birth_date", "pattern"),
    ("impossible_date", _set("/children/0/toewijzingen/0/start", "2026-02-30"), "/children/0/toewijzingen/0/start",
     "format"),
    ("timestamp_without_offset", _set("/consents/0/from", "2026-02-16T15:00:00"), "/consents/0/from", "pattern"),
    ("timestamp_with_space", _set("/consents/0/from", "2026-02-16 15:00:00+01:00"), "/consents/0/from", "pattern"),
    ("leap_second", _set("/consents/0/from", "2026-02-16T15:00:60+01:00"), "/consents/0/from", "pattern"),
]


@pytest.mark.parametrize("name,change,pointer,keyword", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_documents_are_refused_at_the_right_place(
    validator: Draft202012Validator, name: str, change: Callable[[dict[str, Any]], None], pointer: str, keyword: str
) -> None:
    doc = base_plan()
    change(doc)
    errors = list(validator.iter_errors(doc))
    assert errors, f"{name}: the schema accepted a broken document"
    found = {("/" + "/".join(map(str, e.absolute_path)) if e.absolute_path else "", e.validator) for e in errors}
    assert (pointer, keyword) in found, found


# The allow side: what the reader accepts, the schema accepts too.
ACCEPTED = [
    ("unknown_member_at_root", _set("/x-vendor-extra", {"a": [1, None]})),
    ("unknown_member_deep_inside", _set("/children/0/toewijzingen/0/product/x-jz020-omschrijving", "Ambulant")),
    ("optional_member_absent", _delete("/municipality")),
    ("leap_day", _set("/family/members/0/birth_date", "1988-02-29")),
    ("timestamp_in_utc_with_fraction", _set("/consents/0/from", "2026-02-16T14:00:00.5Z")),
    ("local_fields_free_form", _set("/local_fields", {"geel": {"nested": [True, 1, "x"]}})),
    ("empty_lists", _set("/akkoorden", [])),
]


@pytest.mark.parametrize("name,change", ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_documents_the_reader_accepts_are_accepted(
    validator: Draft202012Validator, name: str, change: Callable[[dict[str, Any]], None]
) -> None:
    doc = copy.deepcopy(base_plan())
    change(doc)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]
    assert errors == [], name
