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
    text = large_plan_text()
    started = time.perf_counter()
    engine.parse(text)
    single = time.perf_counter() - started

    # While another thread parses, this thread keeps counting. With the GIL
    # held for the whole parse, the longest pause between two counts would be
    # about the whole parse; released, it stays a small fraction of it.
    done = threading.Event()

    def parse_repeatedly() -> None:
        for _ in range(3):
            engine.parse(text)
        done.set()

    worker = threading.Thread(target=parse_repeatedly)
    worker.start()
    longest_pause = 0.0
    last = time.perf_counter()
    ticks = 0
    while not done.is_set():
        now = time.perf_counter()
        longest_pause = max(longest_pause, now - last)
        last = now
        ticks += 1
        time.sleep(0.001)
    worker.join()
    assert ticks > 10
    assert longest_pause < 0.5 * single, (longest_pause, single)


def test_other_threads_run_while_the_jsonl_workers_work(engine, tmp_path):
    # The JSONL functions wait for C++ workers (jsonl/): the caller's thread must
    # not hold the GIL meanwhile, or every other Python thread stops with it.
    text = large_plan_text()
    path = tmp_path / "large.jsonl"
    path.write_bytes(b"\n".join([text] * 3) + b"\n")
    started = time.perf_counter()
    engine.parse(text)
    single = time.perf_counter() - started

    done = threading.Event()
    pauses: list[float] = []

    def count() -> None:
        last = time.perf_counter()
        while not done.is_set():
            now = time.perf_counter()
            pauses.append(now - last)
            last = now
            time.sleep(0.001)

    counter = threading.Thread(target=count)
    counter.start()
    try:
        results = list(perspectief.validate_jsonl(path, engine=engine, workers=1))
    finally:
        done.set()
        counter.join()
    assert [r.ok for r in results] == [True] * 3
    assert len(pauses) > 10
    assert max(pauses) < 0.5 * single, (max(pauses), single)
