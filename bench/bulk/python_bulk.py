"""The bulk JSONL measurement from Python (docs/performance.md, "Bulk JSONL"): a JSONL file of
plans through perspectief.bulk_jsonl (validate, replay with verify, transitions records; each
line parsed once by the C++ pipeline, workers = all cores) and the rows into a typed pandas
DataFrame, with wall time, CPU time and the process's peak memory (VmHWM).

Usage: python_bulk.py PLANS.jsonl  (run.sh calls it with PP_BULK_PYTHON set to a Python that
has perspectief and pandas installed)
"""

from __future__ import annotations

import os
import sys
import time

import pandas

import perspectief

CHUNK = 10_000


def peak_mib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    return int(line.split()[1]) // 1024


def main() -> int:
    path = sys.argv[1]
    workers = int(os.environ.get("PP_BULK_JOBS") or os.cpu_count() or 1)
    started, cpu_started = time.perf_counter(), time.process_time()
    # Rows as dicts take about 1 KB each: they go into a typed frame every CHUNK rows, and
    # the frames (columns, far smaller) are joined at the end.
    rows = perspectief.Records("transitions")
    frames = []
    plans = failed = unverified = 0
    with perspectief.Engines() as engines:
        for item in perspectief.bulk_jsonl(
            path, engine=engines, validate=True, verify=True, records=["transitions"], workers=workers
        ):
            plans += 1
            outcome = item.value
            if outcome is None or outcome.errors:
                failed += 1
                continue
            # An answer, not a failure: the synthetic plans' new ids no longer match the
            # content hashes of their fixed versions (make_plans.py).
            unverified += outcome.verified is False
            rows.extend(outcome.records["transitions"])
            if len(rows) >= CHUNK:
                frames.append(rows.to_pandas())
                rows = perspectief.Records("transitions")
    frames.append(rows.to_pandas())
    frame = pandas.concat(frames, ignore_index=True)
    total, cpu_total = time.perf_counter() - started, time.process_time() - cpu_started
    print(
        f"python     {total:8.1f} s wall {cpu_total:8.1f} s CPU   peak {peak_mib():6d} MiB   "
        f"{plans} plans ({failed} failed, {unverified} not verified), a DataFrame of {len(frame)} rows, "
        f"{frame.memory_usage(deep=True).sum() // 1048576} MiB"
    )
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
