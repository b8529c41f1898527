"""Records as typed tables (issue #16): the column types, tidy values, to_pandas() and to_arrow()."""

from __future__ import annotations

import copy
import pickle
import sys
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

import perspectief
from conftest import ROOT
from perspectief import Plan, RecordColumn, Records

TYPES = {"string", "integer", "boolean", "timestamp", "date", "list-of-string"}


@pytest.fixture(scope="module")
def example_plans() -> list[Plan]:
    """The example plans with their history and evaluations (the families have neither)."""
    paths = sorted((ROOT / "examples" / "plans").glob("*.json"))
    assert paths
    return [Plan.parse(path) for path in paths]


def test_record_schema_gives_every_column_with_its_type():
    for kind in perspectief.RECORD_KINDS:
        schema = perspectief.record_schema(kind)
        assert [c.name for c in schema] == perspectief.record_columns(kind)
        assert {c.type for c in schema} <= TYPES
    results = {c.name: c.type for c in perspectief.record_schema("results")}
    assert results["age"] == "integer" and results["crisis"] == "boolean"
    assert results["outcome_at"] == "timestamp" and results["product_categories"] == "list-of-string"
    assert perspectief.record_schema("transitions")[2] == RecordColumn("seq", "integer")
    with pytest.raises(perspectief.InvalidArgumentError, match="unknown record kind 'toewijzingen'"):
        perspectief.record_schema("toewijzingen")


def test_records_is_a_list_that_knows_its_kind(engine, plan: Plan):
    rows = engine.records(plan, "results")
    assert isinstance(rows, Records) and isinstance(rows, list)
    assert rows.kind == "results" and rows.schema == perspectief.record_schema("results")
    assert rows == list(rows) and rows[0]["result"] == "r-gezin"
    module_rows = perspectief.records([plan], "evaluations", engine=engine)
    assert isinstance(module_rows, Records) and module_rows.kind == "evaluations"
    again = pickle.loads(pickle.dumps(rows))
    assert again == rows and type(again) is Records and again.kind == "results"
    assert "Records('results'" in repr(rows)
    with pytest.raises(perspectief.InvalidArgumentError):
        Records("toewijzingen")


def test_values_are_tidy_in_every_example(example_plans):
    """Every value of its column's type, timestamps in UTC, lists as lists, no ''."""
    engines = perspectief.Engines()
    plans = example_plans
    seen: set[str] = set()
    for kind in perspectief.RECORD_KINDS:
        schema = perspectief.record_schema(kind)
        for row in perspectief.records(plans, kind, engine=engines):
            assert list(row) == [c.name for c in schema], "keys in column order"
            for column in schema:
                value = row[column.name]
                if value is None:
                    continue
                seen.add(column.type)
                assert value != "", f"{kind}.{column.name}: '' where null belongs"
                if column.type == "timestamp":
                    assert isinstance(value, str) and value.endswith("Z") and len(value) == 20, value
                elif column.type == "list-of-string":
                    assert isinstance(value, list) and all(isinstance(code, str) for code in value), value
                elif column.type == "integer":
                    assert type(value) is int, value
                elif column.type == "boolean":
                    assert type(value) is bool, value
                else:
                    assert isinstance(value, str), value
    assert seen >= {"string", "integer", "boolean", "timestamp", "list-of-string"}


def test_a_jeugdige_without_profile_has_unknown_additions(plan_document):
    """additions: null without an ondersteuningsprofiel, [] for a profile without additions;
    product_categories: [] for no toewijzingen."""
    del plan_document["children"][0]["ondersteuningsprofiel"]
    plan_document["children"][0]["toewijzingen"] = []
    engine = perspectief.Engine("amsterdam-zaanstreek")
    (row,) = engine.records(engine.parse(plan_document), "jeugdigen")
    assert row["additions"] is None and row["product_categories"] == []
    with_profile = copy.deepcopy(plan_document)
    with_profile["children"][0]["ondersteuningsprofiel"] = {"code": "6"}
    (row,) = engine.records(engine.parse(with_profile), "jeugdigen")
    assert row["additions"] == []


def test_moments_of_summer_and_winter_parse_without_utc(engine, plan_document):
    """The symptom of #16: a column mixing +01:00 and +02:00 needed utc=True."""
    evaluation = plan_document["children"][0]["evaluations"][0]
    summer = dict(evaluation, id="e-2", at="2026-07-01T10:00:00+02:00")
    plan_document["children"][0]["evaluations"].append(summer)
    rows = engine.records(engine.parse(plan_document), "evaluations")
    assert [r["at"] for r in rows] == ["2026-03-02T09:00:00Z", "2026-07-01T08:00:00Z"]
    parsed = pd.to_datetime(pd.Series([r["at"] for r in rows]))  # no utc=True needed
    assert str(parsed.dt.tz) == "UTC"


def test_to_pandas_types_every_column(example_plans):
    rows = perspectief.records(example_plans, "results", engine=perspectief.Engines())
    frame = rows.to_pandas()
    assert list(frame.columns) == perspectief.record_columns("results") and len(frame) == len(rows) > 0
    dtypes = {name: str(dtype) for name, dtype in frame.dtypes.items()}
    assert dtypes["plan"] == "string" and dtypes["framework"] == "string"
    assert dtypes["age"] == "Int64" and dtypes["intensiteit"] == "Int64"
    assert dtypes["crisis"] == "boolean" and dtypes["verblijf"] == "boolean"
    assert dtypes["outcome_at"] == "datetime64[ns, UTC]"
    assert dtypes["additions"] == "object" and dtypes["product_categories"] == "object"
    # One kind of null per column: the family part's rows have no jeugdige.
    family = frame[frame.jeugdige.isna()]
    assert len(family) > 0
    assert family.age.isna().all() and family.crisis.isna().all() and family.additions.isna().all()
    assert all(value is pd.NA for value in family.additions)
    assert frame.age.isna().sum() == sum(row["age"] is None for row in rows)
    # Values survive: a list per cell, the moment in UTC.
    jeugdige_rows = frame[frame.jeugdige.notna()]
    assert all(isinstance(cell, list) for cell in jeugdige_rows.product_categories)
    index = next(i for i, row in enumerate(rows) if row["outcome_at"] is not None and row["jeugdige"] is not None)
    assert frame.outcome_at[index] == pd.Timestamp(rows[index]["outcome_at"])
    assert frame.product_categories[index] == rows[index]["product_categories"]
    age = rows[index]["age"]
    assert frame.age[index] is pd.NA if age is None else frame.age[index] == age


def test_every_kind_to_pandas_and_to_arrow_even_empty(example_plans):
    plans = example_plans
    pandas_dtype = {"string": "string", "integer": "Int64", "boolean": "boolean",
                    "timestamp": "datetime64[ns, UTC]", "date": "datetime64[ns]", "list-of-string": "object"}
    arrow_type = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_(),
                  "timestamp": pa.timestamp("us", tz="UTC"), "date": pa.date32(),
                  "list-of-string": pa.list_(pa.string())}
    for kind in perspectief.RECORD_KINDS:
        schema = perspectief.record_schema(kind)
        for rows in (perspectief.records(plans, kind, engine=perspectief.Engines()), Records(kind)):
            frame = rows.to_pandas()
            assert len(frame) == len(rows)
            assert [(n, str(t)) for n, t in frame.dtypes.items()] == [(c.name, pandas_dtype[c.type]) for c in schema]
            table = rows.to_arrow()
            assert isinstance(table, pa.Table) and table.num_rows == len(rows)
            assert table.schema.names == [c.name for c in schema]
            assert [f.type for f in table.schema] == [arrow_type[c.type] for c in schema]


def test_to_arrow_keeps_the_values(engine, plan: Plan):
    rows = engine.records(plan, "jeugdigen")
    table = rows.to_arrow()
    (sam,) = table.to_pylist()
    assert sam["product_categories"] == ["43"] and sam["additions"] == ["verblijf"]
    assert sam["age"] == 14 and sam["verblijf"] is True and sam["crisis"] is False
    assert sam["latest_evaluation_at"].isoformat() == "2026-03-02T09:00:00+00:00"
    assert sam["aanbieder"] is None
    results = engine.records(plan, "results").to_arrow()
    assert results.column("jeugdige").null_count == 1  # the family part's result


def test_a_date_column_is_typed_in_both(monkeypatch):
    """No record kind has a date column yet; the type is declared, so the tables must handle it."""
    real = perspectief.record_table._core.record_schema

    def with_a_date(kind: str) -> list[tuple[str, str]]:
        return [*real(kind), ("birth_date", "date")]

    monkeypatch.setattr(perspectief.record_table._core, "record_schema", with_a_date)
    rows = [{"plan": "p", "municipality": None, "seq": 1, "event": "e", "at": "2026-01-01T00:00:00Z",
             "actor_role": "ouder", "from_state": None, "to_state": None, "version": 1, "birth_date": "2012-02-29"},
            {"plan": "p", "municipality": None, "seq": 2, "event": "e", "at": None,
             "actor_role": None, "from_state": None, "to_state": None, "version": None, "birth_date": None}]
    frame = Records("transitions", rows).to_pandas()
    table = Records("transitions", rows).to_arrow()
    assert str(frame.dtypes["birth_date"]) == "datetime64[ns]"
    assert frame.birth_date[0] == pd.Timestamp("2012-02-29") and frame.birth_date[1] is pd.NaT
    assert table.schema.field("birth_date").type == pa.date32()
    assert str(table.column("birth_date")[0]) == "2012-02-29"


def test_a_value_not_in_its_types_form_is_refused():
    """The tables parse the one form the core writes; anything else fails instead of guessing."""
    row = {name: None for name in perspectief.record_columns("transitions")}
    with pytest.raises(ValueError):
        Records("transitions", [dict(row, at="2026-01-01T10:00:00+01:00")]).to_pandas()
    with pytest.raises((TypeError, ValueError, pa.ArrowException)):
        Records("transitions", [dict(row, seq="1")]).to_arrow()
    assert Records("transitions", [dict(row, at="2026-01-01T09:00:00Z")]).to_pandas()["at"][0] == pd.Timestamp(
        "2026-01-01T09:00:00Z")


@pytest.mark.parametrize(("module", "method", "extra"), [("pandas", "to_pandas", "pandas"), ("pyarrow", "to_arrow", "arrow")])
def test_a_missing_optional_dependency_says_what_to_install(monkeypatch, module, method, extra):
    monkeypatch.setitem(sys.modules, module, None)  # import now raises ImportError
    with pytest.raises(ImportError, match=rf"{method}\(\) needs {module}: pip install {module} \(or perspectief\[{extra}\]\)"):
        getattr(Records("results"), method)()
