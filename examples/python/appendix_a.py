"""The regions' overview of residential youth care, from plans, by the library.

The overview counts the jeugdigen in youth care with residential stay
(jeugdhulp met verblijf) per half-year and splits them by the other help they
get (alleen verblijf, met ambulante hulp, met jeugdbescherming, met
jeugdreclassering, met beide, met andere jeugdhulp); it adds how long the
residential trajectories that ended had run and why they ended (JZ588).
``Engine.verblijf_report`` computes all of it, with small numbers suppressed
(docs/analysis.md); this script only feeds it plans and prints the tables:

1. it writes the plans to a JSONL file (one plan per line), as an export from
   a dossier system would look, and streams it back with
   ``perspectief.iter_plans``, skipping (and naming) lines that fail;
2. it asks the engine for the report and prints each table in Dutch notation.

Usage::

    python examples/python/appendix_a.py                   # the example families
    python examples/python/appendix_a.py --synthetic 2000  # plus a synthetic population
    python examples/python/appendix_a.py --jsonl plans.jsonl --from 2015-01-01 --to 2016-06-30

The synthetic population (seeded, so the same every run) varies the example
families' toewijzingen to give the tables something to show; it is not data.
With ``--pandas`` (pandas installed) the tables are printed as DataFrames too.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
import pathlib
import random
import sys
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any

import perspectief

ROOT = pathlib.Path(__file__).resolve().parents[2]


def example_plans() -> list[dict[str, Any]]:
    """The example plans in the repository (examples/families, and examples/plans if present)."""
    paths = sorted((ROOT / "examples" / "families").glob("*.json"))
    paths += sorted((ROOT / "examples" / "plans").glob("*.json"))
    documents = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    unique = {d["id"]: d for d in documents}  # a plan in both folders counts once
    return list(unique.values())


def synthetic_plans(templates: list[dict[str, Any]], count: int, seed: int = 2016) -> Iterator[dict[str, Any]]:
    """``count`` variations of the templates with other toewijzingen in 2015-2016: a stand-in population."""
    rng = random.Random(seed)
    with_children = [t for t in templates if t.get("children")]
    extra_help = ["45", "45", "45", "48", "48", "48", "47", "46", "50", "54"]
    reasons = ["31", "31", "31", "31", "32", "33", "34", "35", "38"]
    for number in range(count):
        plan = copy.deepcopy(rng.choice(with_children))
        plan["id"] = f"synthetisch-{number:05d}"
        for child in plan["children"]:
            start = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(545))
            end = start + datetime.timedelta(days=rng.randrange(30, 800)) if rng.random() < 0.5 else None
            reason = rng.choice(reasons) if end else None
            toewijzingen = []
            if rng.random() < 0.6:  # residential stay for most: that is what the overview is about
                toewijzingen.append(_toewijzing(rng, rng.choice(["43", "44"]), start, end, reason))
            for category in rng.sample(extra_help, k=rng.choice([0, 0, 1, 1, 2])):
                toewijzingen.append(_toewijzing(rng, category, start, end, reason))
            child["toewijzingen"] = toewijzingen
            # The residential addition is what the plan says; keep it in line.
            support = child.get("ondersteuningsprofiel")
            if support:
                support["additions"] = [a for a in support.get("additions", []) if a != "verblijf"]
        yield plan


def _toewijzing(
    rng: random.Random, category: str, start: datetime.date, end: datetime.date | None, reason: str | None
) -> dict[str, Any]:
    toewijzing: dict[str, Any] = {
        "number": f"{rng.randrange(10**7, 10**8)}",
        "aanbieder": "90000001",
        "product": {"category": category},
        "start": start.isoformat(),
    }
    if end is not None:
        toewijzing["end"] = end.isoformat()
        toewijzing["end_reason"] = reason
    return toewijzing


def write_jsonl(plans: Iterable[dict[str, Any]], path: pathlib.Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for plan in plans:
            out.write(json.dumps(plan, ensure_ascii=False) + "\n")
            count += 1
    return count


def read_plans(jsonl: pathlib.Path, engine: perspectief.Engine, failures: list[str]) -> Iterator[perspectief.Plan]:
    """The plans of a JSONL file; a line that fails is named in ``failures`` and skipped."""
    for item in perspectief.iter_plans(jsonl, engine=engine):
        if item.ok:
            yield item.unwrap()
        else:
            failures.append(f"line {item.line}: {item.error}")


def format_table(table: perspectief.ReportTable) -> str:
    """A table in Dutch notation (1.170 and 26,5%), as the overviews print it; x: not shown."""
    periods = [total.period for total in table.totals]
    lines = [f"{'':44}" + "".join(f"{p:>18}" for p in periods)]
    for row in table.rows:
        cells = [table.cell(row.id, p) for p in periods]
        lines.append(f"{row.nl:44}" + "".join(_cell(c.count, c.percentage) for c in cells))
    lines.append(f"{'Totaal':44}" + "".join(_cell(table.total(p).count, 100.0 if table.total(p).count else None)
                                             for p in periods))
    return "\n".join(lines)


def _cell(count: int | None, percentage: float | None) -> str:
    if count is None:
        return f"{'x':>18}"
    share = f"{_dutch(f'{percentage:.1f}')}%" if percentage is not None else ""
    return f"{_dutch(f'{count:,}'):>10}{share:>8}"


def _dutch(number: str) -> str:
    """Swaps the separators of an English-formatted number: 1,234.5 -> 1.234,5."""
    return number.translate(str.maketrans(",.", ".,"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jsonl", type=pathlib.Path, help="a JSONL file of plans (default: the examples)")
    parser.add_argument("--synthetic", type=int, default=0, metavar="N",
                        help="add N synthetic plans varied from the examples")
    parser.add_argument("--profile", default="flevoland", help="the region profile to read the plans with")
    parser.add_argument("--min-count", type=int, default=None, help="suppress counts below this (default 7)")
    parser.add_argument("--from", dest="from_day", help="first day (YYYY-MM-DD) of the half-years shown")
    parser.add_argument("--to", dest="to_day", help="last day (YYYY-MM-DD) of the half-years shown")
    parser.add_argument("--pandas", action="store_true", help="also print the pandas DataFrames")
    args = parser.parse_args(argv)

    failures: list[str] = []
    with tempfile.TemporaryDirectory() as scratch, perspectief.Engine(args.profile) as engine:
        jsonl = args.jsonl
        if jsonl is None:
            templates = example_plans()
            jsonl = pathlib.Path(scratch) / "plannen.jsonl"
            plans = templates + list(synthetic_plans(templates, args.synthetic))
            print(f"{write_jsonl(plans, jsonl)} plans written to a JSONL file", file=sys.stderr)
        report = engine.verblijf_report(
            read_plans(jsonl, engine, failures), min_count=args.min_count, from_day=args.from_day, to_day=args.to_day
        )

    for failure in failures:
        print(f"skipped {failure}", file=sys.stderr)
    print("Jeugdigen in de jeugdhulp met verblijf, al dan niet met aanvullende jeugdhulp")
    print(format_table(report.kind_of_help))
    print("\nBeëindigde trajecten met verblijf naar duur")
    print(format_table(report.duration))
    print("\nBeëindigde trajecten met verblijf naar reden beëindiging (JZ588)")
    print(format_table(report.end_reason))
    print(f"\nx: niet getoond, minder dan {report.min_count} of nodig om zo'n aantal niet uit het totaal af te leiden")
    undated = report.undated_verblijf.count
    print(f"(niet in de tabellen: {'x' if undated is None else undated} jeugdigen met verblijf zonder toewijzing)")
    if args.pandas:
        for table in report.tables.values():
            print(table.to_pandas())
    return 0


if __name__ == "__main__":
    sys.exit(main())
