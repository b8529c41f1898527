"""The GIL is released while the core works, so other Python threads run meanwhile."""

from __future__ import annotations

import copy
import json
import threading
import time

import perspectief

from conftest import MINIMAL_PLAN


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


def test_other_threads_run_while_the_jsonl_workers_work(engine, tmp_path):
    # The JSONL functions wait for C++ workers (jsonl/): the caller's thread must
    # not hold the GIL meanwhile, or every other Python thread stops with it.
    # Counted in ticks of another thread during the wait for one large line
    # rather than in seconds, which a loaded machine makes unreliable: held,
    # the other thread gets no tick at all while the caller waits.
    path = tmp_path / "large.jsonl"
    path.write_bytes(large_plan_text() + b"\n")
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
        stream = perspectief.validate_jsonl(path, engine=engine, workers=1)
        before, started = ticks, time.perf_counter()
        first = next(stream)  # opens the file; the worker parses and validates the line
        waited, during = time.perf_counter() - started, ticks - before
        assert list(stream) == []
    finally:
        done.set()
        counter.join()
    assert first.ok and first.line == 1
    assert waited > 0.03, "the line takes long enough to tell"
    assert during >= 5, (during, waited)
