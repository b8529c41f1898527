"""Property tests: canonical JSON is stable, and unknown fields survive every round trip."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import perspectief
from perspectief import Plan

from conftest import MINIMAL_PLAN, canonical_text

# JSON values without floats (whose shortest text form is the library's own
# business), with keys that include characters needing escapes in pointers.
keys = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8)
scalars = st.none() | st.booleans() | st.integers(min_value=-(2**63), max_value=2**63 - 1) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12
)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=20,
)
# Unknown members must not collide with the model's own names.
unknown_keys = keys.map(lambda k: "x-" + k)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_canonical_equals_sorted_compact_json(value: Any):
    text = perspectief.canonical(value)
    assert text == canonical_text(value)
    assert perspectief.canonicalize(text) == text
    assert perspectief.canonicalize(json.dumps(value, indent=2)) == text
    assert json.loads(text) == value


@settings(max_examples=100, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_floats_read_back_to_the_same_double(number: float):
    text = perspectief.canonical([number])
    assert json.loads(text) == [number]
    assert perspectief.canonicalize(text) == text


@settings(max_examples=100, deadline=None)
@given(
    top=st.dictionaries(unknown_keys, json_values, max_size=3),
    member=st.dictionaries(unknown_keys, json_values, max_size=3),
    child=st.dictionaries(unknown_keys, json_values, max_size=3),
    local=st.dictionaries(keys, json_values, max_size=3),
)
def test_unknown_and_local_fields_survive_parse_and_serialise(top, member, child, local):
    document = copy.deepcopy(MINIMAL_PLAN)
    document.update(top)
    document["family"]["members"][0].update(member)
    document["children"][0].update(child)
    document["local_fields"] = local
    if not local:
        del document["local_fields"]  # an empty object is omitted like an empty array
    plan = Plan.parse(document)
    assert plan.to_dict() == document
    again = Plan.parse(plan.to_json())
    assert again.to_json() == plan.to_json()
    assert Plan.parse(plan.to_json().encode()).to_json() == plan.to_json()


@settings(max_examples=50, deadline=None)
@given(indent=st.sampled_from([None, 0, 1, 4, "\t"]), ensure_ascii=st.booleans())
def test_canonical_form_does_not_depend_on_the_input_layout(indent, ensure_ascii):
    text = json.dumps(MINIMAL_PLAN, indent=indent, ensure_ascii=ensure_ascii)
    assert Plan.parse(text).to_json() == Plan.parse(MINIMAL_PLAN).to_json()
