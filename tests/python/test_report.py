"""The verblijf report from Python: the typed report, pandas, suppression on
both sides of the threshold, options as dates, progress, and errors."""

from __future__ import annotations

import copy
import datetime
import json
import pathlib
from typing import Any

import pytest

import perspectief
from perspectief import Engine, Plan

from conftest import MINIMAL_PLAN, ROOT


def residential(number: int, *other_categories: str, start: str = "2016-01-04", end: str | None = None,
                reason: str | None = None) -> dict[str, Any]:
    """A plan whose jeugdige has a residential toewijzing (JZ020 43) and other help beside it."""
    plan = copy.deepcopy(MINIMAL_PLAN)
    plan["id"] = f"pp-report-{number}"
    stay: dict[str, Any] = {"number": f"v-{number}", "aanbieder": "90000001", "product": {"category": "43"},
                            "start": start}
    if end:
        stay["end"] = end
    if reason:
        stay["end_reason"] = reason
    toewijzingen = [stay] + [
        {"number": f"o-{number}-{c}", "aanbieder": "90000002", "product": {"category": c}, "start": start}
        for c in other_categories
    ]
    plan["children"][0]["toewijzingen"] = toewijzingen
    plan["children"][0]["evaluations"] = []
    return plan


@pytest.fixture
def population(engine: Engine) -> list[Plan]:
    """20 with verblijf alone, 9 with ambulant help, 3 with jeugdbescherming: the 3 are below 7."""
    documents = [residential(n) for n in range(20)]
    documents += [residential(100 + n, "45") for n in range(9)]
    documents += [residential(200 + n, "48", end="2016-05-31", reason="31") for n in range(3)]
    return [engine.parse(d) for d in documents]


def test_the_report_counts_by_kind_of_help_and_suppresses_small_numbers(engine: Engine, population: list[Plan]):
    report = engine.verblijf_report(population)
    assert isinstance(report, perspectief.VerblijfReport)
    assert report.min_count == 7 and report.plans == 32
    assert [p.id for p in report.periods] == ["2016-H1"]
    assert report.periods[0].first_day == datetime.date(2016, 1, 1)
    kinds = report.kind_of_help
    assert kinds.cell("alleen_verblijf", "2016-H1").count == 20
    small = kinds.cell("met_jeugdbescherming", "2016-H1")
    assert small.suppressed and small.count is None and small.percentage is None
    second = kinds.cell("met_ambulante_hulp", "2016-H1")
    assert second.suppressed and second.count is None, "else 32 - 20 - 9 gives the 3 back"
    assert kinds.total("2016-H1").count == 32
    assert kinds.cell("met_jeugdreclassering", "2016-H1").count == 0, "zeros are shown"


def test_at_or_above_the_threshold_nothing_is_suppressed(engine: Engine, population: list[Plan]):
    report = engine.verblijf_report(population, min_count=3)
    kinds = report.kind_of_help
    assert kinds.cell("met_jeugdbescherming", "2016-H1").count == 3
    assert kinds.cell("met_ambulante_hulp", "2016-H1").count == 9
    assert kinds.cell("alleen_verblijf", "2016-H1").percentage == 62.5
    assert not any(cell.suppressed for cell in kinds.cells)


def test_durations_and_end_reasons(engine: Engine, population: list[Plan]):
    report = engine.verblijf_report(population, min_count=1)
    assert report.duration.cell("3_tot_6_maanden", "2016-H1").count == 3
    assert report.end_reason.cell("31", "2016-H1").count == 3
    assert report.end_reason.rows[0].nl == "Volgens plan"
    assert report.duration.unit == "trajecten" and report.kind_of_help.unit == "jeugdigen"


def test_to_pandas_gives_the_table_and_a_tidy_frame(engine: Engine, population: list[Plan]):
    pytest.importorskip("pandas")
    report = engine.verblijf_report(population)
    table = report.kind_of_help.to_pandas()
    assert list(table.columns) == ["2016-H1"]
    assert table.loc["Alleen verblijf", "2016-H1"] == 20
    assert str(table.dtypes.iloc[0]) == "Int64"
    assert table.isna().loc["Met jeugdbescherming", "2016-H1"], "a suppressed cell is <NA>, not 0"
    assert table.loc["Totaal", "2016-H1"] == 32
    english = report.kind_of_help.to_pandas("percentage", language="en")
    assert english.loc["Residential care only", "2016-H1"] == 62.5
    tidy = report.to_pandas()
    assert list(tidy.columns) == ["table", "row", "label_nl", "label_en", "period", "count", "percentage", "suppressed"]
    assert set(tidy["table"]) == {"kind_of_help", "duration", "end_reason"}
    assert tidy["suppressed"].sum() == 2 + 1 + 1 + 2, "kinds: 3 and 9; duration and reason: the 3 and their total"


def test_periods_from_dates_or_text_never_a_clock(engine: Engine, population: list[Plan]):
    report = engine.verblijf_report(population, from_day=datetime.date(2015, 7, 1), to_day="2016-12-31")
    assert [p.id for p in report.periods] == ["2015-H2", "2016-H1", "2016-H2"]
    assert report.kind_of_help.total("2015-H2").count == 0
    with pytest.raises(TypeError, match="from_day.date()"):
        engine.verblijf_report(population, from_day=datetime.datetime(2016, 1, 1))  # type: ignore[arg-type]


def test_progress_counts_plans_with_the_total_when_known(engine: Engine, population: list[Plan]):
    calls: list[tuple[int, int | None]] = []
    engine.verblijf_report(population, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(n, 32) for n in range(1, 33)]
    calls.clear()
    engine.verblijf_report((p for p in population), progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (32, None), "a generator has no length"


def test_three_lines_from_a_jsonl_export(tmp_path: pathlib.Path, population: list[Plan]):
    pytest.importorskip("pandas")
    export = tmp_path / "plannen.jsonl"
    export.write_text("".join(p.to_json() + "\n" for p in population), encoding="utf-8")

    engine = perspectief.Engine("amsterdam-zaanstreek")
    report = engine.verblijf_report(line.unwrap() for line in perspectief.iter_plans(export, engine=engine))
    table = report.kind_of_help.to_pandas()

    assert table.loc["Totaal", "2016-H1"] == 32


def test_errors_are_clear_with_code_and_pointer(engine: Engine, population: list[Plan]):
    with pytest.raises(perspectief.InvalidArgumentError) as bad:
        engine.verblijf_report(population, min_count=0)
    assert bad.value.pointer == "/min_count"
    with pytest.raises(perspectief.InvalidArgumentError) as bad:
        engine.verblijf_report(population, from_day="2016-02-30")
    assert bad.value.pointer == "/from"
    with pytest.raises(perspectief.ValidationError) as twice:
        engine.verblijf_report(population + population[:1])
    assert twice.value.pointer == "/32/id" and "counted already" in twice.value.message
    with pytest.raises(TypeError):
        engine.verblijf_report([population[0], None])  # type: ignore[list-item]


def test_the_document_is_the_cores_and_equal_reports_compare_equal(engine: Engine, population: list[Plan]):
    first = engine.verblijf_report(population)
    assert first.document["format"] == "perspectief/verblijf-report@1"
    assert first == engine.verblijf_report(list(reversed(population)))
    assert json.loads(perspectief.canonical(first.to_dict())) == first.document

