"""The Python examples run and compute what they claim."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import Counter

import pytest

import perspectief
from conftest import ROOT

EXAMPLES = ROOT / "examples" / "python"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader
    spec.loader.exec_module(module)
    return module


def independent_kind_of_help(plans: list[dict], first_day: str, last_day: str) -> Counter:
    """The first table's counts for one half-year, computed from the raw documents without the library."""
    residential = {"35", "36", "37", "38", "43", "44"}
    counts: Counter = Counter()
    for plan in plans:
        for child in plan.get("children", []):
            running = [
                t for t in child.get("toewijzingen", [])
                if t["start"] <= last_day and t.get("end", "9999-12-31") >= first_day
            ]
            categories = {t["product"]["category"] for t in running}
            if not categories & residential:
                continue
            other = categories - residential
            if {"47", "48"} <= other:
                counts["met_jeugdbescherming_en_jeugdreclassering"] += 1
            elif "48" in other:
                counts["met_jeugdbescherming"] += 1
            elif "47" in other:
                counts["met_jeugdreclassering"] += 1
            elif "45" in other:
                counts["met_ambulante_hulp"] += 1
            elif other:
                counts["met_andere_jeugdhulp"] += 1
            else:
                counts["alleen_verblijf"] += 1
    return counts


@pytest.mark.parametrize("synthetic", [0, 300])
def test_the_report_matches_an_independent_count(tmp_path, synthetic):
    appendix = load("appendix_a")
    templates = appendix.example_plans()
    plans = templates + list(appendix.synthetic_plans(templates, synthetic))
    jsonl = tmp_path / "plans.jsonl"
    assert appendix.write_jsonl(plans, jsonl) == len(plans)
    failures: list[str] = []
    with perspectief.Engine("flevoland") as engine:
        report = engine.verblijf_report(appendix.read_plans(jsonl, engine, failures), min_count=1)
    assert failures == []
    assert report.plans == len(plans)
    for period in report.periods:
        expected = independent_kind_of_help(plans, period.first_day.isoformat(), period.last_day.isoformat())
        counted = {c.row: c.count for c in report.kind_of_help.cells if c.period == period.id and c.count}
        assert counted == dict(expected), period.id
    if synthetic:
        assert report.kind_of_help.total("2016-H1").count > 50


def test_appendix_a_prints_the_tables():
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / "appendix_a.py"), "--synthetic", "300", "--pandas",
         "--from", "2015-01-01", "--to", "2016-12-31"],
        capture_output=True, text=True, timeout=300, check=True,
    )
    out = completed.stdout
    for row in ("Alleen verblijf", "Met ambulante hulp", "Met jeugdbescherming", "Totaal", "Volgens plan",
                "1 tot 2 jaar", "2015-H1", "2016-H2"):
        assert row in out
    assert "100,0%" in out
    assert " x" in out, "some cell is suppressed"


def test_appendix_a_reports_bad_lines_and_goes_on(tmp_path):
    appendix = load("appendix_a")
    jsonl = tmp_path / "mixed.jsonl"
    appendix.write_jsonl(appendix.example_plans(), jsonl)
    with jsonl.open("a", encoding="utf-8") as out:
        out.write("{kapot\n")
    failures: list[str] = []
    with perspectief.Engine("flevoland") as engine:
        report = engine.verblijf_report(appendix.read_plans(jsonl, engine, failures))
    assert len(failures) == 1 and failures[0].startswith("line ")
    assert report.plans == len(appendix.example_plans())


def test_walkthrough_runs():
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / "walkthrough.py")],
        capture_output=True, text=True, timeout=300, check=True,
    )
    assert "walkthrough complete" in completed.stdout
