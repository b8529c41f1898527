"""Bad input gets a clear exception, never a crash: malformed JSON, invalid
UTF-8, huge and deep documents, and Python values that have no JSON form."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import perspectief
from perspectief import Plan


@pytest.mark.parametrize(
    "text",
    ["", " ", "{", "}", '{"id"', "[1,]", '{"a":1,}', "nul", "01", '"\\x"', "{'a': 1}", "NaN", "1e", '{"a" 1}'],
)
def test_malformed_json(text):
    with pytest.raises(perspectief.JsonSyntaxError):
        Plan.parse(text)


def test_well_formed_json_of_the_wrong_shape_is_a_schema_error():
    for text in ("[]", "42", '"plan"', "null", "{}"):
        with pytest.raises(perspectief.SchemaError):
            Plan.parse(text)


@pytest.mark.parametrize(
    "data",
    [b"\xff", b'{"id": "\xc3"}', b'{"id": "\xed\xa0\x80"}', b'{"\xf8\x88\x80\x80\x80": 1}', b"\xef\xbb\xbf{}"[1:]],
)
def test_invalid_utf8_bytes(data):
    with pytest.raises(perspectief.InvalidUtf8Error):
        Plan.parse(data)


def test_lone_surrogates_in_str_have_no_utf8_form(plan_document):
    with pytest.raises(perspectief.InvalidUtf8Error):
        Plan.parse('{"id": "\ud800"}')
    plan_document["family"]["name"] = "\udcff"
    with pytest.raises(perspectief.InvalidUtf8Error) as caught:
        Plan.parse(plan_document)
    assert caught.value.pointer == "/family/name"
    with pytest.raises(perspectief.InvalidUtf8Error):
        perspectief.canonical({"\ud800": 1})


def test_deep_text_is_refused_cheaply():
    for depth in (129, 100_000):
        with pytest.raises(perspectief.LimitExceededError):
            Plan.parse("[" * depth + "]" * depth)
    with pytest.raises(perspectief.LimitExceededError):
        perspectief.canonicalize('{"a":' * 5000 + "1" + "}" * 5000)


def test_deep_and_self_referencing_values_are_refused():
    deep: list = []
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(perspectief.LimitExceededError):
        perspectief.canonical(deep)
    loop: dict = {}
    loop["self"] = loop
    with pytest.raises(perspectief.LimitExceededError):
        Plan.parse(loop)


def test_huge_text_is_refused_by_the_engine_limit():
    engine = perspectief.Engine("amsterdam-zaanstreek", max_bytes=1024)
    with pytest.raises(perspectief.LimitExceededError):
        engine.parse('{"id": "' + "x" * 2000 + '"}')


def test_huge_file_is_refused_before_reading(tmp_path):
    engine = perspectief.Engine("amsterdam-zaanstreek", max_bytes=1024)
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 4096)
    with pytest.raises(perspectief.LimitExceededError):
        engine.parse(path)


def test_a_large_valid_plan_parses(plan_document):
    # Some thousand results: well inside the limits, and must just work.
    child = plan_document["children"][0]
    child["results"] = [
        {"id": f"r-{i}", "leefgebied": "opvoeding", "description": "x" * 200, "performer": "specialist"}
        for i in range(5000)
    ]
    plan = Plan.parse(json.dumps(plan_document))
    assert len(plan.children[0].results) == 5000


@pytest.mark.parametrize(
    ("value", "pointer"),
    [
        ({"a": math.nan}, "/a"),
        ({"a": [1, math.inf]}, "/a/1"),
        ({"a": {1, 2}}, "/a"),
        ({"a": b"bytes"}, "/a"),
        ({"a": 2**64}, "/a"),
        ({"a": -(2**63) - 1}, "/a"),
        ({"a": {"b": object()}}, "/a/b"),
        ({"a~/b": {3: "x"}}, "/a~0~1b"),
    ],
)
def test_python_values_without_json_form(value, pointer):
    with pytest.raises(perspectief.InvalidArgumentError) as caught:
        perspectief.canonical(value)
    assert caught.value.pointer == pointer


def test_python_values_with_json_form():
    value = {"t": (1, 2), "big": 2**64 - 1, "neg": -(2**63), "f": 0.5, "b": False, "n": None, "s": "é"}
    assert perspectief.canonical(value) == '{"b":false,"big":18446744073709551615,"f":0.5,"n":null,"neg":-9223372036854775808,"s":"é","t":[1,2]}'


def test_wrong_python_types_are_type_errors(engine, plan):
    with pytest.raises(TypeError):
        Plan.parse(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        perspectief.canonicalize({"a": 1})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        engine.validate("not a plan")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        perspectief.records(["not a plan"], "results")  # type: ignore[list-item]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash(data):
    try:
        Plan.parse(data)
    except perspectief.PerspectiefError as error:
        assert error.code in (2, 3, 4, 5)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text):
    try:
        perspectief.canonicalize(text)
    except perspectief.PerspectiefError as error:
        assert error.code in (2, 3, 4)
