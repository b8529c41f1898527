"""A table like seed 002's appendix A, computed from plans.

Appendix A of the Flevoland perspectiefregie text (seed 002) counts the
jeugdigen in youth care with residential stay (jeugdhulp met verblijf) and
splits them by the other help they get: alleen verblijf, met ambulante hulp,
met jeugdbescherming, met jeugdreclassering, met beide, met andere jeugdhulp.
This script computes that table from perspectiefplannen:

1. it writes the plans to a JSONL file (one plan per line), as an export from
   a dossier system would look, and streams it back with
   ``perspectief.iter_plans`` (never holding the whole file);
2. it takes the "jeugdigen" records (one row per jeugdige: verblijf, the iJw
   product categories of the toewijzingen, ...);
3. it classifies every jeugdige with verblijf and counts.

Usage::

    python examples/python/appendix_a.py                  # the example families
    python examples/python/appendix_a.py --synthetic 2000 # plus a synthetic population
    python examples/python/appendix_a.py --jsonl plans.jsonl   # your own export

The synthetic population (seeded, so the same every run) varies the example
families' toewijzingen to give the shares something to show; it is not data.

pandas is used when installed, for the table; without it the script prints
the same table with plain Python.
"""

from __future__ import annotations

import argparse
import copy
import json
import pathlib
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import perspectief

ROOT = pathlib.Path(__file__).resolve().parents[2]

# iJw code list JZ020 (product categories) as appendix A groups them.
JEUGDBESCHERMING = "48"
JEUGDRECLASSERING = "47"
AMBULANT = "45"
# 43/44 and the 2015 categories 35-38 are the residential ones (verblijf).
RESIDENTIAL = {"35", "36", "37", "38", "43", "44"}

# The rows of the table, in the appendix's order.
ROWS = [
    "Alleen verblijf",
    "Met ambulante hulp",
    "Met jeugdbescherming",
    "Met jeugdreclassering",
    "Met jeugdbescherming en jeugdreclassering",
    "Met andere jeugdhulp",
]


def kind_of_help(product_categories: str) -> str:
    """The appendix-A row of a jeugdige with verblijf, from the toewijzingen's categories.

    The rows exclude each other; where a jeugdige has several kinds of help,
    the judicial frameworks come first (as CBS counts them), then ambulant help.
    """
    categories = set(filter(None, product_categories.split(",")))
    other = categories - RESIDENTIAL
    if {JEUGDBESCHERMING, JEUGDRECLASSERING} <= other:
        return "Met jeugdbescherming en jeugdreclassering"
    if JEUGDBESCHERMING in other:
        return "Met jeugdbescherming"
    if JEUGDRECLASSERING in other:
        return "Met jeugdreclassering"
    if AMBULANT in other:
        return "Met ambulante hulp"
    if other:
        return "Met andere jeugdhulp"
    return "Alleen verblijf"


def example_plans() -> list[dict[str, Any]]:
    """The example plans in the repository (examples/families, and examples/plans if present)."""
    paths = sorted((ROOT / "examples" / "families").glob("*.json"))
    paths += sorted((ROOT / "examples" / "plans").glob("*.json"))
    documents = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    unique = {d["id"]: d for d in documents}  # a plan in both folders counts once
    return list(unique.values())


def synthetic_plans(templates: list[dict[str, Any]], count: int, seed: int = 2016) -> Iterator[dict[str, Any]]:
    """``count`` variations of the templates with other toewijzingen: a stand-in population."""
    rng = random.Random(seed)
    with_children = [t for t in templates if t.get("children")]
    extra_help = ["45", "45", "45", "48", "48", "48", "47", "46", "50", "54"]
    for number in range(count):
        plan = copy.deepcopy(rng.choice(with_children))
        plan["id"] = f"synthetisch-{number:05d}"
        for child in plan["children"]:
            toewijzingen = []
            if rng.random() < 0.6:  # residential stay for most: that is what the table is about
                toewijzingen.append(_toewijzing(rng, rng.choice(["43", "44"])))
            for category in rng.sample(extra_help, k=rng.choice([0, 0, 1, 1, 2])):
                toewijzingen.append(_toewijzing(rng, category))
            child["toewijzingen"] = toewijzingen
            # The residential addition is what the plan says; keep it in line.
            support = child.get("ondersteuningsprofiel")
            if support:
                support["additions"] = [a for a in support.get("additions", []) if a != "verblijf"]
        yield plan


def _toewijzing(rng: random.Random, category: str) -> dict[str, Any]:
    return {
        "number": f"{rng.randrange(10**7, 10**8)}",
        "aanbieder": "90000001",
        "product": {"category": category},
        "start": "2016-01-04",
    }


def write_jsonl(plans: Iterable[dict[str, Any]], path: pathlib.Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for plan in plans:
            out.write(json.dumps(plan, ensure_ascii=False) + "\n")
            count += 1
    return count


def count_kinds_of_help(jsonl: pathlib.Path) -> tuple[Counter[str], int, list[str]]:
    """(count per row, jeugdigen without verblijf, the lines that failed)."""
    counts: Counter[str] = Counter()
    without_verblijf = 0
    failures = []
    # The plans come from several regions: each is read with its own profile's
    # engine, loaded once for the whole file.
    with perspectief.Engines() as engines:
        for item in perspectief.iter_plans(jsonl, engine=engines):
            if not item.ok:
                failures.append(f"line {item.line}: {item.error}")
                continue
            for row in perspectief.records(item.unwrap(), "jeugdigen", engine=engines):
                if row["verblijf"]:
                    counts[kind_of_help(row["product_categories"])] += 1
                else:
                    without_verblijf += 1
    return counts, without_verblijf, failures


def format_table(counts: Counter[str]) -> str:
    """The table in Dutch notation (1.170 and 26,5%), as in the appendix."""
    total = sum(counts.values())
    lines = [f"{'':44}{'Aantal':>8}{'Percentage':>12}"]
    for row in ROWS + ["Totaal"]:
        number = total if row == "Totaal" else counts.get(row, 0)
        share = 100.0 * number / total if total else 0.0
        lines.append(f"{row:44}{_dutch(f'{number:,}'):>8}{_dutch(f'{share:.1f}'):>11}%")
    return "\n".join(lines)


def _dutch(number: str) -> str:
    """Swaps the separators of an English-formatted number: 1,234.5 -> 1.234,5."""
    return number.translate(str.maketrans(",.", ".,"))


def pandas_table(counts: Counter[str]) -> Any:
    """The same table as a pandas DataFrame (only when pandas is installed)."""
    import pandas as pd

    frame = pd.DataFrame({"Aantal": [counts.get(row, 0) for row in ROWS]}, index=ROWS)
    frame.loc["Totaal"] = frame["Aantal"].sum()
    total = frame.loc["Totaal", "Aantal"]
    frame["Percentage"] = (100.0 * frame["Aantal"] / total).round(1) if total else 0.0
    return frame


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jsonl", type=pathlib.Path, help="a JSONL file of plans (default: the examples)")
    parser.add_argument("--synthetic", type=int, default=0, metavar="N",
                        help="add N synthetic plans varied from the examples")
    parser.add_argument("--pandas", action="store_true", help="also print the pandas DataFrame")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as scratch:
        jsonl = args.jsonl
        if jsonl is None:
            templates = example_plans()
            jsonl = pathlib.Path(scratch) / "plannen.jsonl"
            plans = templates + list(synthetic_plans(templates, args.synthetic))
            print(f"{write_jsonl(plans, jsonl)} plans written to a JSONL file", file=sys.stderr)
        counts, without_verblijf, failures = count_kinds_of_help(jsonl)

    for failure in failures:
        print(f"skipped {failure}", file=sys.stderr)
    print("Jeugdigen in de jeugdhulp met verblijf, al dan niet met aanvullende jeugdhulp (zoals 002 bijlage A)")
    print(format_table(counts))
    print(f"(niet in de tabel: {without_verblijf} jeugdigen zonder verblijf)")
    if args.pandas:
        print(pandas_table(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
