"""The Python decision benchmark's ratio table (docs/performance.md, "Python").

Each benchmark stores its mean time under its name; at the end of the session the table
compares perspectief with cedarpy and pycasbin measured in the same process, and the
session fails when a ratio misses its target, as scripts/bench does for the C++ table.
"""

from __future__ import annotations

from typing import Any

import pytest

MEANS: dict[str, float] = {}

# (benchmark, reference, target: the benchmark's time at most this fraction of the reference's)
TARGETS = [
    ("perspectief_decide", "cedarpy_is_authorized", 0.01),
    ("perspectief_decide", "pycasbin_enforce", 0.01),
    ("perspectief_decide_batch_per_question", "cedarpy_is_authorized", 0.01),
    ("perspectief_decide_batch_per_question", "pycasbin_enforce", 0.01),
    ("perspectief_ask", "cedarpy_is_authorized", 0.01),
    ("perspectief_ask", "pycasbin_enforce", 0.01),
    ("perspectief_party_ask", "cedarpy_is_authorized", 0.01),
    ("perspectief_party_ask", "pycasbin_enforce", 0.01),
    ("perspectief_ask_batch_per_question", "cedarpy_is_authorized", 0.01),
    ("perspectief_ask_batch_per_question", "pycasbin_enforce", 0.01),
    ("perspectief_party_ask_batch_per_question", "cedarpy_is_authorized", 0.01),
    ("perspectief_party_ask_batch_per_question", "pycasbin_enforce", 0.01),
]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not MEANS:
        return
    write = terminalreporter.write_line
    write("")
    write("| benchmark | per question | reference | per question | ratio | target | |")
    write("|---|---|---|---|---|---|---|")
    for name, reference, target in TARGETS:
        if name not in MEANS or reference not in MEANS:
            continue
        ratio = MEANS[name] / MEANS[reference]
        verdict = "ok" if ratio <= target else "over"
        write(
            f"| {name} | {MEANS[name] * 1e6:.2f} µs | {reference} | {MEANS[reference] * 1e6:.2f} µs "
            f"| {ratio:.3f} | {target} | {verdict} |"
        )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    missed = [
        (name, reference)
        for name, reference, target in TARGETS
        if name in MEANS and reference in MEANS and MEANS[name] / MEANS[reference] > target
    ]
    if missed and session.config.getoption("--check-targets", default=False):
        session.exitstatus = 1


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--check-targets", action="store_true", help="fail when a ratio misses its target")
