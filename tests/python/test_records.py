"""Flat records for tables, and pandas taking them directly (the typed table: test_record_table.py)."""

from __future__ import annotations

import pandas as pd
import pytest

import perspectief
from perspectief import Plan


def test_kinds_and_columns():
    assert perspectief.RECORD_KINDS == ("results", "evaluations", "transitions", "jeugdigen")
    for kind in perspectief.RECORD_KINDS:
        columns = perspectief.record_columns(kind)
        assert columns[:2] == ["plan", "municipality"]
        assert len(set(columns)) == len(columns)
    with pytest.raises(perspectief.InvalidArgumentError):
        perspectief.record_columns("toewijzingen")


def test_results_rows(engine, plan: Plan):
    rows = engine.records(plan, "results")
    assert [r["result"] for r in rows] == ["r-gezin", "r-sam"]
    family, sam = rows
    assert list(sam) == perspectief.record_columns("results"), "keys in column order"
    assert family["jeugdige"] is None and family["verblijf"] is None
    assert family["framework"] == "participatiewet"
    assert sam["jeugdige"] == "sam"
    assert sam["age"] == 14  # born 2012-02-29, evaluated 2026-03-02
    assert sam["verblijf"] is True and sam["additions"] == ["verblijf"]
    assert sam["product_categories"] == ["43"]
    assert sam["latest_outcome"] == "deels_behaald"
    assert sam["outcome_at"] == "2026-03-02T09:00:00Z"  # 10:00 at +01:00, in UTC


def test_other_kinds(engine, plan: Plan):
    (evaluation,) = engine.records(plan, "evaluations")
    assert evaluation == {
        "plan": "pp-test-1", "municipality": "Zaanstad", "jeugdige": "sam", "evaluation": "e-1",
        "at": "2026-03-02T09:00:00Z", "kind": "regulier", "result": "r-sam", "outcome": "deels_behaald",
    }
    assert engine.records(plan, "transitions") == []
    (jeugdige,) = engine.records(plan, "jeugdigen")
    assert jeugdige["results"] == 1 and jeugdige["evaluations"] == 1 and jeugdige["segment"] == "C"


def test_module_records_with_engines_picks_each_plans_own_profile(family_documents):
    plans = [Plan.parse(d) for d in family_documents]
    with perspectief.Engines() as engines:
        rows = perspectief.records(plans, "results", engine=engines)
        assert sorted(e.profile_id for e in engines) == sorted({p.profile for p in plans})
    assert {r["plan"] for r in rows} <= {p.id for p in plans}
    expected = sum(len(perspectief.Engine(p.profile).records(p, "results")) for p in plans)
    assert len(rows) == expected
    assert rows == [row for p in plans for row in perspectief.Engine(p.profile).records(p, "results")]


def test_module_records_with_one_engine_uses_it_for_every_plan(family_documents):
    plans = [Plan.parse(d) for d in family_documents]
    engine = perspectief.Engine("flevoland")
    assert perspectief.records(plans, "jeugdigen", engine=engine) == engine.records(plans, "jeugdigen")


def test_records_of_no_plans_and_a_bad_kind(engine):
    assert perspectief.records([], "results", engine=engine) == []
    assert engine.records([], "results") == []
    with pytest.raises(perspectief.InvalidArgumentError):
        perspectief.records([], "nope", engine=engine)


def test_module_records_needs_an_engine(family_documents):
    plans = [Plan.parse(d) for d in family_documents]
    with pytest.raises(TypeError):
        perspectief.records(plans, "results")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="Engine or perspectief.Engines"):
        perspectief.records(plans, "results", engine="flevoland")  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["results", "evaluations", "transitions", "jeugdigen"])
def test_pandas_takes_the_rows_directly(family_documents, kind):
    plans = [Plan.parse(d) for d in family_documents]
    rows = perspectief.records(plans, kind, engine=perspectief.Engines())
    frame = pd.DataFrame(rows, columns=perspectief.record_columns(kind))
    assert list(frame.columns) == perspectief.record_columns(kind)
    assert len(frame) == len(rows)
    if rows:
        assert list(pd.DataFrame(rows).columns) == perspectief.record_columns(kind)


def test_a_table_of_results_by_framework(family_documents):
    plans = [Plan.parse(d) for d in family_documents]
    frame = pd.DataFrame(perspectief.records(plans, "results", engine=perspectief.Engines()))
    counts = frame.groupby("framework").size()
    assert counts.sum() == len(frame) > 0
    assert set(counts.index) <= {"jeugdwet", "wmo", "participatiewet", "overig"}
