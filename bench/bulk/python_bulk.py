"""The bulk JSONL measurement from Python (docs/performance.md, "Bulk JSONL"): a JSONL file of
plans through the C++ pipeline (workers = all cores) into one typed pandas DataFrame of
transition rows, with wall time, CPU time and the process's peak memory (VmHWM). Three ways:

  bulk     perspectief.bulk_jsonl: validate, replay with verify, transitions records (each
           line parsed once), the rows as dicts into a typed frame every 10,000 rows
  records  perspectief.records_jsonl: the transitions records alone, the same way
  arrow    perspectief.records_arrow: the transitions records written by C++ into Arrow
           columns, read into the frame by pyarrow (no Python object per row)

Usage: python_bulk.py PLANS.jsonl [bulk|records|arrow ...]  (default: all three, each in a
process of its own so that each peak is its own; run.sh calls it with PP_BULK_PYTHON set to a
Python that has perspectief, pandas and pyarrow installed)
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Any

import pandas

import perspectief

CHUNK = 10_000
KIND = "transitions"


def peak_mib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    return int(line.split()[1]) // 1024


def bulk_frame(path: str, workers: int) -> tuple[Any, int, int, int]:
    # Rows as dicts take about 1 KB each: they go into a typed frame every CHUNK rows, and
    # the frames (columns, far smaller) are joined at the end.
    rows = perspectief.Records(KIND)
    frames = []
    plans = failed = unverified = 0
    with perspectief.Engines() as engines:
        for item in perspectief.bulk_jsonl(
            path, engine=engines, validate=True, verify=True, records=[KIND], workers=workers
        ):
            plans += 1
            outcome = item.value
            if outcome is None or outcome.errors:
                failed += 1
                continue
            # An answer, not a failure: the synthetic plans' new ids no longer match the
            # content hashes of their fixed versions (make_plans.py).
            unverified += outcome.verified is False
            rows.extend(outcome.records[KIND])
            if len(rows) >= CHUNK:
                frames.append(rows.to_pandas())
                rows = perspectief.Records(KIND)
    frames.append(rows.to_pandas())
    return pandas.concat(frames, ignore_index=True), plans, failed, unverified


def records_frame(path: str, workers: int) -> tuple[Any, int, int, int]:
    rows = perspectief.Records(KIND)
    frames = []
    plans = failed = 0
    with perspectief.Engines() as engines:
        for item in perspectief.records_jsonl(path, KIND, engine=engines, workers=workers):
            plans += 1
            if not item.ok:
                failed += 1
                continue
            rows.extend(item.unwrap())
            if len(rows) >= CHUNK:
                frames.append(rows.to_pandas())
                rows = perspectief.Records(KIND)
    frames.append(rows.to_pandas())
    return pandas.concat(frames, ignore_index=True), plans, failed, 0


def arrow_frame(path: str, workers: int) -> tuple[Any, int, int, int]:
    errors: list[perspectief.LineResult[Any]] = []
    with perspectief.Engines() as engines:
        reader = perspectief.records_arrow(path, KIND, engine=engines, workers=workers, errors=errors)
        frame = reader.read_pandas(types_mapper=pandas.ArrowDtype)
    # Every synthetic plan has a history, so a transition row; each line has an id of its own.
    plans = int(frame["plan"].nunique()) + len(errors)
    return frame, plans, len(errors), 0


WAYS = {"bulk": bulk_frame, "records": records_frame, "arrow": arrow_frame}


def main() -> int:
    path, ways = sys.argv[1], sys.argv[2:] or list(WAYS)
    if len(ways) > 1:  # each in a process of its own: VmHWM is the process's peak
        return max(subprocess.call([sys.executable, __file__, path, way]) for way in ways)
    way = ways[0]
    workers = int(os.environ.get("PP_BULK_JOBS") or os.cpu_count() or 1)
    started, cpu_started = time.perf_counter(), time.process_time()
    frame, plans, failed, unverified = WAYS[way](path, workers)
    total, cpu_total = time.perf_counter() - started, time.process_time() - cpu_started
    print(
        f"python {way:<7} {total:8.1f} s wall {cpu_total:8.1f} s CPU   peak {peak_mib():6d} MiB   "
        f"{plans} plans ({failed} failed, {unverified} not verified), a DataFrame of {len(frame)} rows, "
        f"{frame.memory_usage(deep=True).sum() // 1048576} MiB",
        flush=True,
    )
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
