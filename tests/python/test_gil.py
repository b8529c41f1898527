"""The GIL is released while the core works, so other Python threads run meanwhile."""

from __future__ import annotations

import copy
import json
import threading
import time
from collections.abc import Callable
from typing import TypeVar

import perspectief

from conftest import MINIMAL_PLAN

T = TypeVar("T")


def large_plan_text() -> bytes:
    document = copy.deepcopy(MINIMAL_PLAN)
    document["children"][0]["results"] = [
        {"id": f"r-{i}", "leefgebied": "opvoeding", "description": "beschrijving " * 20, "performer": "specialist"}
        for i in range(60_000)
    ]
    return json.dumps(document).encode()


def test_other_threads_run_while_a_plan_is_parsed(engine):
    # Counted in ticks of this thread while another parses, not in seconds, which a
    # loaded machine makes unreliable: with the GIL held for a whole parse this
    # thread gets about one tick per parse; released, one every millisecond or so.
    text = large_plan_text()
    started = time.perf_counter()
    engine.parse(text)
    single = time.perf_counter() - started
    parses = max(3, int(0.3 / single) + 1)  # at least 0.3 s of parsing to count over
    done = threading.Event()

    def parse_repeatedly() -> None:
        for _ in range(parses):
            engine.parse(text)
        done.set()

    worker = threading.Thread(target=parse_repeatedly)
    worker.start()
    ticks = 0
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    worker.join()
    assert ticks >= 4 * parses, (ticks, parses, single)


def ticks_meanwhile(work: Callable[[], T]) -> tuple[T, float, int]:
    """``work()``'s result, the seconds it took, and the ticks another Python thread made
    meanwhile (one a millisecond or so while it may run; none while the GIL is held)."""
    done = threading.Event()
    ticks = 0

    def count() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            time.sleep(0.001)

    counter = threading.Thread(target=count)
    counter.start()
    try:
        before, started = ticks, time.perf_counter()
        result = work()
        return result, time.perf_counter() - started, ticks - before
    finally:
        done.set()
        counter.join()


def test_other_threads_run_while_the_jsonl_workers_work(engine, tmp_path):
    # The JSONL functions wait for C++ workers (jsonl/): the caller's thread must
    # not hold the GIL meanwhile, or every other Python thread stops with it.
    # Counted in ticks of another thread during the wait for one large line
    # rather than in seconds, which a loaded machine makes unreliable: held,
    # the other thread gets no tick at all while the caller waits.
    path = tmp_path / "large.jsonl"
    path.write_bytes(large_plan_text() + b"\n")
    stream = perspectief.validate_jsonl(path, engine=engine, workers=1)
    # next() opens the file; the worker parses and validates the line
    first, waited, during = ticks_meanwhile(lambda: next(stream))
    assert list(stream) == []
    assert first.ok and first.line == 1
    assert waited > 0.03, "the line takes long enough to tell"
    assert during >= 5, (during, waited)


def test_other_threads_run_while_arrow_columns_are_written(engine, tmp_path):
    # records_arrow (test_record_arrow.py) waits for the workers and writes the columns
    # itself: neither may hold the GIL. One batch of both lines' 60,000 results each.
    path = tmp_path / "large.jsonl"
    path.write_bytes((large_plan_text() + b"\n") * 2)
    reader = perspectief.records_arrow(path, "results", engine=engine)
    batch, waited, during = ticks_meanwhile(reader.read_next_batch)
    assert batch.num_rows == 2 * 60_001  # and the family part's result in each
    assert waited > 0.03, "the batch takes long enough to tell"
    assert during >= 5, (during, waited)
