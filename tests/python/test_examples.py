"""The Python examples run and compute what they claim."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter

import pytest

from conftest import ROOT

EXAMPLES = ROOT / "examples" / "python"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader
    spec.loader.exec_module(module)
    return module


def independent_counts(plans: list[dict]) -> Counter:
    """The appendix-A counts computed from the raw documents, without the library."""
    appendix = load("appendix_a")
    residential_additions = set()
    for profile in {p["profile"] for p in plans}:
        document = json.loads((ROOT / "profiles" / f"{profile}.json").read_text(encoding="utf-8"))
        residential_additions |= {(profile, a["code"]) for a in document["additions"] if a.get("residential")}
    counts: Counter = Counter()
    for plan in plans:
        for child in plan.get("children", []):
            additions = (child.get("ondersteuningsprofiel") or {}).get("additions", [])
            categories = sorted({t["product"]["category"] for t in child.get("toewijzingen", [])})
            verblijf = any((plan["profile"], a) in residential_additions for a in additions) or bool(
                set(categories) & appendix.RESIDENTIAL
            )
            if verblijf:
                counts[appendix.kind_of_help(",".join(categories))] += 1
    return counts


def test_kind_of_help_rows():
    appendix = load("appendix_a")
    assert appendix.kind_of_help("") == "Alleen verblijf"
    assert appendix.kind_of_help("43") == "Alleen verblijf"
    assert appendix.kind_of_help("43,45") == "Met ambulante hulp"
    assert appendix.kind_of_help("44,45,48") == "Met jeugdbescherming"
    assert appendix.kind_of_help("43,47") == "Met jeugdreclassering"
    assert appendix.kind_of_help("43,47,48") == "Met jeugdbescherming en jeugdreclassering"
    assert appendix.kind_of_help("43,46") == "Met andere jeugdhulp"


@pytest.mark.parametrize("synthetic", [0, 300])
def test_appendix_a_counts_match_an_independent_count(tmp_path, synthetic):
    appendix = load("appendix_a")
    templates = appendix.example_plans()
    plans = templates + list(appendix.synthetic_plans(templates, synthetic))
    jsonl = tmp_path / "plans.jsonl"
    assert appendix.write_jsonl(plans, jsonl) == len(plans)
    counts, without, failures = appendix.count_kinds_of_help(jsonl)
    assert failures == []
    assert counts == independent_counts(plans)
    total_jeugdigen = sum(len(p.get("children", [])) for p in plans)
    assert sum(counts.values()) + without == total_jeugdigen
    if synthetic:
        assert sum(counts.values()) > 100 and len(counts) >= 4


def test_appendix_a_prints_the_table():
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / "appendix_a.py"), "--synthetic", "200", "--pandas"],
        capture_output=True, text=True, timeout=300, check=True,
    )
    out = completed.stdout
    for row in ("Alleen verblijf", "Met ambulante hulp", "Met jeugdbescherming", "Totaal"):
        assert row in out
    assert "100,0%" in out
    assert "Percentage" in out


def test_appendix_a_reports_bad_lines_and_goes_on(tmp_path):
    appendix = load("appendix_a")
    jsonl = tmp_path / "mixed.jsonl"
    appendix.write_jsonl(appendix.example_plans(), jsonl)
    with jsonl.open("a", encoding="utf-8") as out:
        out.write("{kapot\n")
    counts, _, failures = appendix.count_kinds_of_help(jsonl)
    assert len(failures) == 1 and failures[0].startswith("line ")


def test_walkthrough_runs():
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / "walkthrough.py")],
        capture_output=True, text=True, timeout=300, check=True,
    )
    assert "walkthrough complete" in completed.stdout
